import type { Database } from 'better-sqlite3';

const T = Date.UTC(2024, 0, 2, 1, 0, 0);

/**
 * A small archive written with plain SQL against schema version 1, so that every
 * later migration is run over real rows: one ended conference shaped after the
 * Heze fixture (roster, agenda, a follow-up, a written reply, an edited and a
 * deleted turn, an extension, an undo entry) and one draft.
 */
export function seedSchema1(db: Database): void {
  db.exec(`
    INSERT INTO people (id, name, honorific, position, organisation, created_at, updated_at) VALUES
      (1, '王主持', '先生', '市委宣传部副部长', '市委宣传部', ${T}, ${T}),
      (2, '朱雷', '先生', '中共菏泽市委市直机关工委书记', '市直机关工委', ${T}, ${T}),
      (3, '李琦', '先生', '', '市直机关工委', ${T}, ${T});
    INSERT INTO outlets (id, name, category, created_at, updated_at) VALUES
      (1, '大众网', 'provincial', ${T}, ${T}),
      (2, '菏泽日报', 'local', ${T}, ${T});
    INSERT INTO conferences (id, title, topic, organiser, venue, scheduled_start, planned_seconds, language,
        header_source, header_author, header_published_at, header_credits, header_lead, editing_standard,
        status, started_at, ended_at, last_question_id, revision, created_at, updated_at) VALUES
      (1, '菏泽市市直机关2023年度党的建设工作情况新闻发布会', '党建', '市委宣传部', '市政府新闻发布厅', ${T}, 4500, 'zh',
        '菏泽市人民政府新闻办公室', '记者甲', '2024-01-02', '(图片摄影:李鲲)', '', 'edited',
        'ended', ${T}, ${T + 4_800_000}, 3, 40, ${T}, ${T + 4_800_000}),
      (2, 'Press Briefing', '', '', '', NULL, 3600, 'en', '', '', '', '', '', 'verbatim',
        'draft', NULL, NULL, NULL, 2, ${T + 1000}, ${T + 1000});
    INSERT INTO participants (id, conference_id, person_id, role, position, title, label) VALUES
      (1, 1, 1, 'host', 0, '市委宣传部副部长', '主持人'),
      (2, 1, 2, 'spokesperson', 1, '中共菏泽市委市直机关工委书记', '朱雷'),
      (3, 1, 3, 'spokesperson', 2, '', '李琦'),
      (4, 2, 2, 'spokesperson', 0, '', 'ZHU LEI');
    INSERT INTO segments (id, conference_id, position, kind, title, speaker_id, planned_seconds, extended_seconds,
        status, started_at, ended_at, elapsed_before_ms, prepared_text) VALUES
      (1, 1, 0, 'opening', '主持人开场', 1, 180, 0, 'done', ${T}, ${T + 180_000}, 0, ''),
      (2, 1, 1, 'statement', '发布情况', 2, 1200, 0, 'done', ${T + 180_000}, ${T + 1_400_000}, 0, '一、强化政治引领'),
      (3, 1, 2, 'qa', '记者提问', NULL, 2700, 600, 'done', ${T + 1_400_000}, ${T + 4_700_000}, 60000, ''),
      (4, 1, 3, 'closing', '结束语', 1, 120, 0, 'skipped', NULL, NULL, 0, ''),
      (5, 2, 0, 'opening', 'Opening', NULL, 120, 0, 'pending', NULL, NULL, 0, '');
    INSERT INTO questions (id, conference_id, position, outlet_id, reporter_name, text, addressed_to_id, status,
        follow_up_of, registered_at, asked_at, closed_at, segment_id) VALUES
      (1, 1, 0, 1, '', '请问市直机关在党建品牌创建方面有哪些做法？', 2, 'answered', NULL, ${T}, ${T + 1_500_000}, ${T + 1_800_000}, 3),
      (2, 1, -1, 1, '', '追问：效果如何？', 3, 'answered', 1, ${T + 1_700_000}, ${T + 1_800_000}, ${T + 2_000_000}, 3),
      (3, 1, 1, 2, '张记者', '关于基层减负', NULL, 'written_reply', NULL, ${T + 100}, NULL, ${T + 4_700_000}, NULL);
    INSERT INTO turns (id, conference_id, seq, segment_id, question_id, speaker_kind, participant_id, outlet_id,
        reporter_name, text, started_at, ended_at, edited_at, deleted_at) VALUES
      (1, 1, 1, 1, NULL, 'participant', 1, NULL, '', '新闻界的朋友们，大家上午好！', ${T}, ${T + 180_000}, NULL, NULL),
      (2, 1, 2, 2, NULL, 'participant', 2, NULL, '', '今年以来，市直机关工委坚持党建引领。', ${T + 180_000}, ${T + 1_400_000}, ${T + 9_000_000}, NULL),
      (3, 1, 3, 3, 1, 'reporter', NULL, 1, '', '请问市直机关在党建品牌创建方面有哪些做法？', ${T + 1_500_000}, ${T + 1_600_000}, NULL, NULL),
      (4, 1, 4, 3, 1, 'participant', 2, NULL, '', '感谢您的提问。', ${T + 1_600_000}, ${T + 1_700_000}, NULL, NULL),
      (5, 1, 4.5, 3, 1, 'note', NULL, NULL, '', '（掌声）', ${T + 1_650_000}, ${T + 1_650_000}, NULL, ${T + 9_100_000}),
      (6, 1, 5, 3, 2, 'participant', 3, NULL, '', '效果明显。', ${T + 1_800_000}, ${T + 2_000_000}, NULL, NULL);
    INSERT INTO turn_history (id, turn_id, kind, text_before, text_after, editor, reason, at) VALUES
      (1, 2, 'correction', '去年以来', '今年以来，市直机关工委坚持党建引领。', '编辑甲', '听错', ${T + 9_000_000}),
      (2, 5, 'deletion', '（掌声）', '', '编辑甲', '', ${T + 9_100_000});
    INSERT INTO extensions (id, conference_id, segment_id, seconds, at) VALUES
      (1, 1, NULL, 300, ${T + 4_000_000}),
      (2, 1, 3, 600, ${T + 4_100_000});
    INSERT INTO live_actions (id, conference_id, label, args, changes, undone, at) VALUES
      (1, 1, 'live.end', '{}', '[]', 0, ${T + 4_800_000});
    UPDATE meta SET value = '42' WHERE key = 'revision';
  `);
}
