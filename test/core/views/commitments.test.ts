import { describe, expect, it } from "vitest";
import type { AgreementFile } from "../../../src/core/model/agreement.js";
import { type CommitmentFilter, commitmentRows } from "../../../src/core/views/commitments.js";

const files: AgreementFile[] = [
  {
    file: "agreements/nghe-an-quang-ngai-2023.yaml",
    agreement: {
      id: "nghe-an-quang-ngai-2023",
      title: "Chương trình hợp tác",
      kind: "cooperation-programme",
      signed: "2023-07-24",
      parties: [
        { id: "nghe-an", name: "Tỉnh Nghệ An" },
        { id: "quang-ngai", name: "Tỉnh Quảng Ngãi" },
      ],
      commitments: [
        {
          id: 1,
          title: { vi: "Quy hoạch tỉnh và phát triển đô thị", en: "Provincial planning and urban development" },
          lead: [{ party: "nghe-an", agency: "Sở Kế hoạch và Đầu tư" }],
          sectors: ["planning"],
          status: "in-progress",
        },
        {
          id: 2,
          title: { vi: "Hợp tác KKT Dung Quất" },
          lead: [{ agency: "Ban Quản lý KKT Dung Quất" }],
          support: [{ party: "quang-ngai" }],
          sectors: ["economic-zones"],
          due: "2024-12-31",
        },
        {
          id: 3,
          title: "Nông nghiệp công nghệ cao",
          lead: [{ party: "quang-ngai" }],
          sectors: ["agriculture"],
          due: "2024-06-30",
          status: "done",
          notes: "Đã ký kết với Sở Nông nghiệp",
        },
      ],
    },
  },
  {
    file: "agreements/ba-ria-vung-tau-pbeg-2018.yaml",
    agreement: {
      id: "ba-ria-vung-tau-pbeg-2018",
      title: "PBEG",
      kind: "project",
      signed: "2018-09-10",
      parties: [{ id: "ba-ria-vung-tau", name: "Tỉnh Bà Rịa - Vũng Tàu" }],
      commitments: [
        {
          id: "2",
          title: { en: "Green growth" },
          lead: [{ party: "ba-ria-vung-tau", agency: "Sở Tài nguyên và Môi trường" }],
          status: "stalled",
          due: "2020-01-01",
        },
      ],
    },
  },
];

const ids = (filter: CommitmentFilter, lang: "vi" | "en" = "vi") =>
  commitmentRows(files, { asOf: "2025-01-01", lang, filter }).map((r) => `${r.agreement.split("-")[0]}#${r.id}`);

describe("commitment filters", () => {
  it("lists every commitment, agreements by id, commitments in file order", () => {
    expect(ids({})).toEqual(["ba#2", "nghe#1", "nghe#2", "nghe#3"]);
  });

  it.each<[CommitmentFilter, string[]]>([
    [{ agreement: "nghe-an-quang-ngai-2023" }, ["nghe#1", "nghe#2", "nghe#3"]],
    [{ party: "quang-ngai" }, ["nghe#2", "nghe#3"]], // as support, then as lead
    [{ party: "nghe-an" }, ["nghe#1"]],
    [{ lead: "ke hoach" }, ["nghe#1"]],
    [{ lead: "Quang Ngai" }, ["nghe#3"]], // a lead party's name
    [{ lead: "dung quat" }, ["nghe#2"]],
    [{ sector: "agriculture" }, ["nghe#3"]],
    [{ status: "not-started" }, ["nghe#2"]], // the default status
    [{ status: "stalled" }, ["ba#2"]],
    [{ overdue: true }, ["ba#2", "nghe#2"]], // done is never overdue
    [{ search: "do thi" }, ["nghe#1"]],
    [{ search: "URBAN" }, ["nghe#1"]], // the English title is searched too
    [{ search: "so nong nghiep" }, ["nghe#3"]], // notes
    [{ search: "tai nguyen va moi truong" }, ["ba#2"]], // agencies
    [{ search: "dung quat", party: "quang-ngai" }, ["nghe#2"]], // filters combine
    [{ search: "không có" }, []],
  ])("%j → %j", (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it("counts no point overdue in an agreement that is not active", () => {
    const draft = files.map((f) => ({ ...f, agreement: { ...f.agreement, status: "draft" as const } }));
    const rows = commitmentRows(draft, { asOf: "2025-01-01", lang: "vi", filter: { overdue: true } });
    expect(rows).toEqual([]);
  });

  it("marks the rows a filter matched only through their support", () => {
    const rows = commitmentRows(files, { asOf: "2025-01-01", lang: "vi", filter: { party: "quang-ngai" } });
    expect(rows.map((r) => [r.id, r.viaSupport])).toEqual([
      ["2", true],
      ["3", false],
    ]);
  });

  it("gives titles in the chosen language, falling back to the other", () => {
    const titles = (lang: "vi" | "en") =>
      commitmentRows(files, { asOf: "2025-01-01", lang, filter: {} }).map((r) => r.title);
    expect(titles("vi")).toEqual([
      "Green growth",
      "Quy hoạch tỉnh và phát triển đô thị",
      "Hợp tác KKT Dung Quất",
      "Nông nghiệp công nghệ cao",
    ]);
    expect(titles("en")).toEqual([
      "Green growth",
      "Provincial planning and urban development",
      "Hợp tác KKT Dung Quất",
      "Nông nghiệp công nghệ cao",
    ]);
  });

  it("shows lead and support with party names, ids as text", () => {
    const [, first] = commitmentRows(files, { asOf: "2025-01-01", lang: "vi", filter: {} });
    expect(first).toMatchObject({
      id: "1",
      lead: [{ party: "nghe-an", agency: "Sở Kế hoạch và Đầu tư" }],
      leadText: ["Nghệ An – Sở Kế hoạch và Đầu tư"],
      due: null,
      overdue: false,
    });
  });
});
