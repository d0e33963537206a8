import { describe, expect, it } from "vitest";
import { parseActuals } from "../../src/commands/commitment/actuals.js";
import type { Agreement } from "../../src/core/model/agreement.js";
import { setCommitment } from "../../src/edit/edits.js";
import { EditError } from "../../src/edit/text-edit.js";
import { agreementYaml, checkYaml } from "../helpers.js";

const yaml = agreementYaml(
  "do-luong",
  `commitments:
  - id: "1"   # học bổng
    title: Học bổng
    indicators:
      - id: hoc-bong
        title: Số suất học bổng mỗi năm
        unit: suất/năm
        baseline: {value: 0}
        target: {value: 20, by: 2026-12-31}   # theo bản ghi nhớ
      - {id: tinh-nguyen-vien, title: Tình nguyện viên, unit: người, baseline: {value: 0}, target: {value: 5},
         actuals: [{date: 2024-01-01, value: 1}]}
  - id: "2"
    title: Không đo
`,
);

describe("commitment set --actual", () => {
  it("appends to an indicator's actuals, creating the list, and changes nothing else", () => {
    const after = setCommitment(yaml, "1", {
      actuals: [{ indicator: "hoc-bong", date: "2024-12-31", value: 8, source: "Báo cáo: Sở GD&ĐT" }],
    });
    expect(after).toBe(
      yaml.replace(
        "   # theo bản ghi nhớ\n",
        "   # theo bản ghi nhớ\n        actuals:\n          - date: 2024-12-31\n            value: 8\n" +
          '            source: "Báo cáo: Sở GD&ĐT"\n',
      ),
    );
    expect(checkYaml(after, "do-luong.yaml").diagnostics).toEqual([]);
  });

  it("adds to a flow list in flow style, and records several indicators and a note in one edit", () => {
    const after = setCommitment(yaml, "1", {
      actuals: [
        { indicator: "tinh-nguyen-vien", date: "2024-12-31", value: 2.5 },
        { indicator: "hoc-bong", date: "2024-12-31", value: -1 },
      ],
      note: { date: "2024-12-31", text: "Tổng kết năm" },
    });
    expect(after).toContain("actuals: [{date: 2024-01-01, value: 1}, {date: 2024-12-31, value: 2.5}]}");
    expect(after).toContain("        actuals:\n          - date: 2024-12-31\n            value: -1\n      - {id:");
    expect(after).toContain("2.5}]}\n    history:\n      - date: 2024-12-31\n        note: Tổng kết năm\n");
    expect(checkYaml(after, "do-luong.yaml").diagnostics).toEqual([]);
  });

  it("keeps CRLF line ends", () => {
    const crlf = yaml.replace(/\n/g, "\r\n");
    const after = setCommitment(crlf, "1", { actuals: [{ indicator: "hoc-bong", date: "2024-12-31", value: 3 }] });
    expect(after.replace(/\r\n/g, "")).not.toContain("\n");
    expect(after).toContain("\r\n        actuals:\r\n          - date: 2024-12-31\r\n            value: 3\r\n");
  });

  it("refuses an indicator the commitment does not have", () => {
    expect(() => setCommitment(yaml, "2", { actuals: [{ indicator: "x", date: "2024-12-31", value: 1 }] })).toThrow(
      EditError,
    );
  });
});

describe("reading --actual options", () => {
  const agreement = checkYaml(yaml, "do-luong.yaml").agreement as Agreement;
  const context = { agreement, commitment: "1", date: "2025-01-01", lang: "en" as const };
  const read = (...texts: string[]) => parseActuals(texts, context);

  it("takes plain decimal numbers and writes them as numbers", () => {
    expect(read("hoc-bong=+12.50", "tinh-nguyen-vien=-.5")).toEqual([
      { indicator: "hoc-bong", date: "2025-01-01", value: 12.5 },
      { indicator: "tinh-nguyen-vien", date: "2025-01-01", value: -0.5 },
    ]);
    expect(parseActuals(["hoc-bong=1e3"], { ...context, source: "Sở" })).toEqual([
      { indicator: "hoc-bong", date: "2025-01-01", value: 1000, source: "Sở" },
    ]);
  });

  it.each([
    ["hoc-bong", "--actual must be <indicator>=<number>, e.g. hoc-bong=12, not “hoc-bong”"],
    ["=3", "--actual must be <indicator>=<number>, e.g. hoc-bong=12, not “=3”"],
    ["hoc-bong=1,5", "--actual hoc-bong: “1,5” is not a number; write digits with a dot for decimals"],
    ["hoc-bong=1.000.000", "is not a number"],
    ["hoc-bong=0x10", "is not a number"],
    ["hoc-bong=Infinity", "is not a number"],
    ["hoc-bong=2e15", "--actual hoc-bong: 2e15 is out of range"],
    [
      "hoc-bongg=3",
      "commitment “1” has no indicator “hoc-bongg” (there are hoc-bong, tinh-nguyen-vien); did you mean “hoc-bong”?",
    ],
  ])("refuses %s", (text, message) => {
    expect(() => read(text)).toThrow(message);
  });

  it("refuses the same indicator twice, and indicators on a commitment that has none", () => {
    expect(() => read("hoc-bong=1", "hoc-bong=2")).toThrow("--actual names indicator “hoc-bong” twice");
    expect(() => parseActuals(["x=1"], { ...context, commitment: "2" })).toThrow("commitment “2” has no indicators");
  });
});
