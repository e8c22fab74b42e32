import { TID } from '../app/testids';
import { dismiss, useNotices } from '../store/notices';

export function Notices() {
  const notices = useNotices((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice ${notice.kind}`}
          data-testid={TID.notice}
          data-kind={notice.kind}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          onClick={() => dismiss(notice.id)}
        >
          {notice.text}
        </div>
      ))}
    </div>
  );
}
