import type { Catalogue } from "../catalogue.js";

export const scorecard: Catalogue["scorecard"] = {
  total: "Tổng cộng",
  none: {
    agreement: "",
    party: "chưa giao bên chủ trì",
    unit: "chưa ghi đơn vị hành chính",
    agency: "chưa giao đơn vị chủ trì",
    sector: "chưa ghi lĩnh vực",
  },
};
