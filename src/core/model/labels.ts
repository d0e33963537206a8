import type { ReviewState } from "../schedule/schedule.js";
import type { Lang } from "../validation/diagnostic.js";
import type { Agreement, AgreementStatus, CommitmentStatus, Party } from "./agreement.js";

type Labels<K extends string> = Record<K, Record<Lang, string>>;

/** How review states read in each language; JSON keeps the codes. */
export const stateLabels: Labels<ReviewState> = {
  overdue: { vi: "quá hạn", en: "overdue" },
  "due-soon": { vi: "sắp đến hạn", en: "due soon" },
  scheduled: { vi: "theo lịch", en: "scheduled" },
};

export const commitmentStatusLabels: Labels<CommitmentStatus> = {
  "not-started": { vi: "chưa triển khai", en: "not started" },
  "in-progress": { vi: "đang triển khai", en: "in progress" },
  done: { vi: "hoàn thành", en: "done" },
  stalled: { vi: "đình trệ", en: "stalled" },
  dropped: { vi: "không thực hiện", en: "dropped" },
};

export const agreementStatusLabels: Labels<AgreementStatus> = {
  draft: { vi: "dự thảo", en: "draft" },
  active: { vi: "đang hiệu lực", en: "active" },
  suspended: { vi: "tạm dừng", en: "suspended" },
  expired: { vi: "hết hạn", en: "expired" },
  terminated: { vi: "chấm dứt", en: "terminated" },
};

export const kindLabels: Labels<Agreement["kind"]> = {
  mou: { vi: "bản ghi nhớ", en: "memorandum of understanding" },
  "cooperation-programme": { vi: "chương trình hợp tác", en: "cooperation programme" },
  project: { vi: "dự án", en: "project" },
  partnership: { vi: "quan hệ đối tác", en: "partnership" },
};

export const partyTypeLabels: Labels<NonNullable<Party["type"]>> = {
  province: { vi: "tỉnh", en: "province" },
  city: { vi: "thành phố trực thuộc trung ương", en: "centrally-run city" },
  agency: { vi: "cơ quan", en: "agency" },
  organisation: { vi: "tổ chức", en: "organisation" },
  "foreign-agency": { vi: "cơ quan nước ngoài", en: "foreign agency" },
};
