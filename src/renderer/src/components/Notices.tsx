import { TID } from '../app/testids';
import { dismiss, useNotices } from '../store/notices';

/**
 * The notice lane: a thin strip of its own at the foot of the window, so a
 * notice ("已撤销…", a refused action) never lies over a control or a panel.
 * The newest comes first and keeps its whole width; older ones give way.
 */
export function Notices() {
  const notices = useNotices((s) => s.notices);
  return (
    <div className="notices" aria-live="polite" data-testid={TID.noticeLane}>
      {notices.toReversed().map((notice) => (
        <div
          key={notice.id}
          className={`notice ${notice.kind}`}
          data-testid={TID.notice}
          data-kind={notice.kind}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          title={notice.text}
          onClick={() => dismiss(notice.id)}
        >
          {notice.text}
        </div>
      ))}
    </div>
  );
}
