import stringWidth from "string-width"
import { describe, expect, it } from "vitest"
import { fit, unambiguous, wrap } from "../src/text.ts"
import { layout, rowText } from "../src/ui/Table.tsx"

describe("fit", () => {
  it("pads and cuts by cells, a Chinese character counting two", () => {
    expect(fit("张三", 6)).toBe("张三  ")
    expect(stringWidth(fit("张三", 6))).toBe(6)
    expect(fit("演示工程师甲", 10)).toBe("演示工程~ ")
    expect(stringWidth(fit("演示工程师甲", 10))).toBe(10)
    expect(fit("abcdef", 4)).toBe("abc~")
  })

  it("never leaves half a wide character at the edge", () => {
    // 9 cells: four characters take 8, the fifth would take 10.
    expect(stringWidth(fit("演示工程师甲", 9))).toBe(9)
    expect(fit("演示工程师甲", 9)).toBe("演示工程~")
  })
})

describe("wrap", () => {
  it("breaks CJK text anywhere and Latin at spaces, within the width", () => {
    for (const l of wrap("民营企业高层次专业技术人员、急需紧缺人才、优秀青年人才可直接申报相应级别职称", 20))
      expect(stringWidth(l)).toBeLessThanOrEqual(20)
    expect(wrap("one two three four", 9)).toEqual(["one two", "three", "four"])
  })
})

describe("table layout", () => {
  const columns = [
    { title: "姓名", min: 10 },
    { title: "状态", min: 12 },
    { title: "单位", min: 12, grow: true },
    { title: "编号", min: 8 },
  ]

  it("fills the width exactly, the growing column taking what is left", () => {
    const w = layout(columns, 80)
    const line = rowText(["演示工程师甲", "已提交", "Demo Tech Co., Ltd.", "de8f3f58"], w, true)
    expect(stringWidth(line)).toBe(80)
  })

  it("drops the columns that do not fit a narrow terminal, keeping the first", () => {
    const w = layout(columns, 30)
    expect(w.filter((x) => x > 0).length).toBe(2)
    expect(stringWidth(rowText(["张三", "草稿", "x", "y"], w, false))).toBeLessThanOrEqual(30)
  })

  it("starts every column at the same cell whatever the names' widths", () => {
    const w = layout(columns, 80)
    const a = rowText(["张三", "草稿", "示例机电有限公司", "12345678"], w, false)
    const b = rowText(["John Smith", "已发证", "Demo Co.", "abcdefgh"], w, false)
    expect(stringWidth(a.slice(0, a.indexOf("草稿")))).toBe(stringWidth(b.slice(0, b.indexOf("已发证"))))
    expect(stringWidth(a)).toBe(stringWidth(b))
  })
})

describe("unambiguous", () => {
  it("prints ASCII for punctuation whose width terminals disagree on, so columns measured here hold", () => {
    expect(unambiguous("2026-11-11 – 2026-11-17 “绿色通道”…·")).toBe('2026-11-11 - 2026-11-17 "绿色通道"...-')
    expect(fit("a–b", 3)).toBe("a-b")
  })
})
