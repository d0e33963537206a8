import type { Catalogue } from "../catalogue.js";

export const labels: Catalogue["labels"] = {
  reviewState: { overdue: "quá hạn", "due-soon": "sắp đến hạn", scheduled: "theo lịch" },
  commitmentStatus: {
    "not-started": "chưa triển khai",
    "in-progress": "đang triển khai",
    done: "hoàn thành",
    stalled: "đình trệ",
    dropped: "không thực hiện",
  },
  agreementStatus: {
    draft: "dự thảo",
    active: "đang hiệu lực",
    suspended: "tạm dừng",
    expired: "hết hạn",
    terminated: "chấm dứt",
  },
  kind: {
    mou: "bản ghi nhớ",
    "cooperation-programme": "chương trình hợp tác",
    project: "dự án",
    partnership: "quan hệ đối tác",
  },
  partyType: {
    province: "tỉnh",
    city: "thành phố trực thuộc trung ương",
    agency: "cơ quan",
    organisation: "tổ chức",
    "foreign-agency": "cơ quan nước ngoài",
  },
};
