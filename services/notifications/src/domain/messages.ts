import type { Language, NotificationKindName } from './kinds';

export type MessageParams = Record<string, string | number | null | undefined>;
type Template = { title: string; body: string };

/**
 * What each kind says, per language. `{name}` is replaced by the event's parameter; calendar days
 * (`{dueDate}`, `{oldDueDate}`, `{day}`) are shown as the reader's locale writes a date.
 */
const TEMPLATES: Record<NotificationKindName, Record<Language, Template>> = {
  TASK_ASSIGNED: {
    vi: {
      title: 'Nhiệm vụ mới: {title}',
      body: 'Bạn được giao nhiệm vụ "{title}", hạn hoàn thành {dueDate}.',
    },
    en: { title: 'New task: {title}', body: 'You have been assigned "{title}", due {dueDate}.' },
    ar: { title: 'مهمة جديدة: {title}', body: 'أُسندت إليك المهمة "{title}"، وموعدها النهائي {dueDate}.' },
  },
  TASK_DUE_SOON: {
    vi: { title: 'Sắp đến hạn: {title}', body: 'Nhiệm vụ "{title}" đến hạn vào ngày mai ({dueDate}).' },
    en: { title: 'Due tomorrow: {title}', body: 'The task "{title}" is due tomorrow ({dueDate}).' },
    ar: { title: 'موعدها غدًا: {title}', body: 'المهمة "{title}" موعدها النهائي غدًا ({dueDate}).' },
  },
  TASK_OVERDUE: {
    vi: {
      title: 'Quá hạn: {title}',
      body: 'Nhiệm vụ "{title}" đã quá hạn {daysOverdue} ngày (hạn {dueDate}).',
    },
    en: {
      title: 'Overdue: {title}',
      body: 'The task "{title}" is {daysOverdue} days overdue (due {dueDate}).',
    },
    ar: {
      title: 'متأخرة: {title}',
      body: 'المهمة "{title}" متأخرة {daysOverdue} يومًا (كان موعدها {dueDate}).',
    },
  },
  TASK_DEADLINE_EXTENDED: {
    vi: {
      title: 'Gia hạn: {title}',
      body: 'Hạn của nhiệm vụ "{title}" được gia hạn từ {oldDueDate} đến {dueDate}.',
    },
    en: {
      title: 'Deadline extended: {title}',
      body: 'The deadline of "{title}" moved from {oldDueDate} to {dueDate}.',
    },
    ar: { title: 'تمديد الموعد: {title}', body: 'مُدّد موعد المهمة "{title}" من {oldDueDate} إلى {dueDate}.' },
  },
  SESSION_REMINDER: {
    vi: {
      title: 'Nhắc lịch học: {title}',
      body: 'Buổi học "{title}" diễn ra vào ngày mai ({day}, {time}) tại {location}.',
    },
    en: {
      title: 'Session tomorrow: {title}',
      body: 'The session "{title}" takes place tomorrow ({day}, {time}) at {location}.',
    },
    ar: { title: 'جلسة غدًا: {title}', body: 'تُعقد الجلسة "{title}" غدًا ({day}، {time}) في {location}.' },
  },
  SESSION_CHANGED: {
    vi: {
      title: 'Thay đổi lịch học: {title}',
      body: 'Buổi học "{title}" đã đổi sang {day}, {time} tại {location}.',
    },
    en: {
      title: 'Session changed: {title}',
      body: 'The session "{title}" now takes place on {day} at {time}, {location}.',
    },
    ar: {
      title: 'تغيير الجلسة: {title}',
      body: 'الجلسة "{title}" أصبحت يوم {day} الساعة {time} في {location}.',
    },
  },
  SEAT_OFFERED: {
    vi: {
      title: 'Có chỗ trong lớp: {title}',
      body: 'Bạn đã có chỗ trong buổi học "{title}" ({day}, {time}).',
    },
    en: { title: 'Seat offered: {title}', body: 'A seat is yours in the session "{title}" ({day}, {time}).' },
    ar: { title: 'مقعد متاح: {title}', body: 'أصبح لك مقعد في الجلسة "{title}" ({day}، {time}).' },
  },
  REVIEW_REQUESTED: {
    vi: { title: 'Đề nghị chấm điểm: {title}', body: 'Bạn được đề nghị chấm hồ sơ trong đợt "{title}".' },
    en: {
      title: 'Review requested: {title}',
      body: 'You are asked to review nominations in the round "{title}".',
    },
    ar: { title: 'طلب مراجعة: {title}', body: 'يُطلب منك تقييم الترشيحات في جولة "{title}".' },
  },
  ROUND_CLOSING: {
    vi: {
      title: 'Sắp đóng đợt: {title}',
      body: 'Đợt "{title}" đóng vào {day}; bạn còn {remaining} hồ sơ chưa chấm.',
    },
    en: {
      title: 'Round closing: {title}',
      body: 'The round "{title}" closes on {day}; {remaining} reviews are still yours to do.',
    },
    ar: {
      title: 'الجولة تُغلق قريبًا: {title}',
      body: 'تُغلق جولة "{title}" في {day}، وما زال لديك {remaining} تقييمات.',
    },
  },
  HANDOVER_RECORDED: {
    vi: { title: 'Biên bản bàn giao: {title}', body: 'Đã ghi nhận bàn giao "{title}" cho {recipient}.' },
    en: {
      title: 'Handover recorded: {title}',
      body: 'The handover "{title}" to {recipient} has been recorded.',
    },
    ar: { title: 'تسجيل تسليم: {title}', body: 'سُجّل تسليم "{title}" إلى {recipient}.' },
  },
  NOMINATION_RETURNED: {
    vi: {
      title: 'Hồ sơ đề nghị bị trả lại: {title}',
      body: 'Hồ sơ đề nghị khen thưởng "{title}" được trả lại để bổ sung. Lý do: {reason}.',
    },
    en: {
      title: 'Nomination returned: {title}',
      body: 'The nomination of "{title}" was returned for more work. Reason: {reason}.',
    },
    ar: { title: 'إعادة الترشيح: {title}', body: 'أُعيد ترشيح "{title}" لاستكماله. السبب: {reason}.' },
  },
};

/** Variants of a kind chosen by a parameter (a cancelled session is not a moved one). */
const VARIANTS: Partial<
  Record<NotificationKindName, (params: MessageParams) => Record<Language, Template> | null>
> = {
  SESSION_CHANGED: (params) =>
    params.change === 'CANCELLED'
      ? {
          vi: {
            title: 'Huỷ buổi học: {title}',
            body: 'Buổi học "{title}" ngày {day} đã bị huỷ. Lý do: {reason}.',
          },
          en: {
            title: 'Session cancelled: {title}',
            body: 'The session "{title}" on {day} has been cancelled. Reason: {reason}.',
          },
          ar: { title: 'إلغاء الجلسة: {title}', body: 'أُلغيت الجلسة "{title}" يوم {day}. السبب: {reason}.' },
        }
      : null,
};

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB', ar: 'ar' };
const DAY_PARAMS = new Set(['dueDate', 'oldDueDate', 'day']);

/** A calendar day 'YYYY-MM-DD' as the reader writes it (02/12/2026, 2 Dec 2026, ٢‏/١٢‏/٢٠٢٦). */
export function formatDay(day: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const date = new Date(`${day}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    language === 'en'
      ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(date);
}

function fill(text: string, params: MessageParams, language: Language): string {
  return text.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === null || value === undefined || value === '') return '—';
    return DAY_PARAMS.has(name) ? formatDay(String(value), language) : String(value);
  });
}

export function renderNotification(
  kind: NotificationKindName,
  params: MessageParams,
  language: Language,
): Template {
  const template = (VARIANTS[kind]?.(params) ?? TEMPLATES[kind])[language];
  return { title: fill(template.title, params, language), body: fill(template.body, params, language) };
}

const DIGEST_SUBJECT: Record<Language, string> = {
  vi: 'Tóm tắt thông báo ngày {day}',
  en: 'Your notifications for {day}',
  ar: 'ملخص إشعاراتك ليوم {day}',
};
export const digestSubject = (day: string, language: Language) =>
  fill(DIGEST_SUBJECT[language], { day }, language);
