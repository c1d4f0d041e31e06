import { describe, expect, it } from "vitest";

import { csvCell, csvHeader, csvLine } from "@/lib/datasets/csv";

describe("CSV cells", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["\tlead", "'\tlead"],
    ["\rlead", `"'\rlead"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ])("neutralizes a formula: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["crlf\r\nend", '"crlf\r\nend"'],
    ["ünïcødé 中文 🙂", "ünïcødé 中文 🙂"],
    ["plain", "plain"],
    ["", ""],
  ])("quotes per RFC 4180: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes numbers, booleans and nulls as they are", () => {
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(0.25)).toBe("0.25");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("ends lines with CRLF and names feature columns after the fixed ones", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
    expect(csvHeader([{ name: "age", type: "numerical" }])).toBe(
      "predictionId,modelVersion,region,client,timestamp,text,predictedLabel,label," +
        "source,agreement,feature_age\r\n",
    );
  });
});
