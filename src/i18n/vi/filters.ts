import type { Catalogue } from "../catalogue.js";

export const filters: Catalogue["filters"] = {
  didYouMean: (p) => `; có phải “${p.suggestion}” không?`,
  unknownParty: (p) => `--party: không có bên tham gia nào mã “${p.party}”${p.hint} (các bên: ${p.known})`,
  unknownSector: (p) => `--sector: không có lĩnh vực “${p.sector}”${p.hint} (các lĩnh vực đang dùng: ${p.known})`,
  unknownUnit: (p) =>
    `--unit: không có đơn vị hành chính cấp tỉnh “${p.unit}”${p.hint} (xem danh sách bằng lệnh mou units)`,
};
