import type { Lang } from "./diagnostic.js";
import type { ReviewState } from "./schedule.js";

/** How review states read in each language; JSON keeps the codes. */
export const stateLabels: Record<ReviewState, Record<Lang, string>> = {
  overdue: { vi: "quá hạn", en: "overdue" },
  "due-soon": { vi: "sắp đến hạn", en: "due soon" },
  scheduled: { vi: "theo lịch", en: "scheduled" },
};
