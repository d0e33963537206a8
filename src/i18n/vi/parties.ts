import type { Catalogue } from "../catalogue.js";

export const parties: Catalogue["parties"] = {
  since: (p) => `từ ${p.date}`,
  mergedWith: (p) => `sáp nhập ${p.others}, ${p.date}`,
};
