/**
 * The official work calendar as data: one entry per year, transcribed from the State Council General
 * Office's annual notice (国务院办公厅关于20XX年部分节假日安排的通知). Adding a year is a data change
 * here (or an operator-supplied list passed to `WorkCalendar.fromNotices`), never a code change.
 *
 * Each holiday carries the notice's own clause verbatim (`clause`), so that a test can re-read the
 * dates, the weekdays and the day counts from the text and compare them with the typed ranges.
 * `noticeDate` is the date the notice bears (成文日期); for every notice below it is also the day it was
 * released, except the 2020 Spring Festival extension, dated 26 January and released by Xinhua on
 * 27 January 2020.
 *
 * Sources (read through gov.cn reprints and the State Council Gazette / Wikisource copies):
 * - 2020 国办发明电〔2019〕16号, 2019-11-21; amended by 国办发明电〔2020〕1号, 2020-01-26.
 * - 2021 国办发明电〔2020〕27号, 2020-11-25.
 * - 2022 国办发明电〔2021〕11号, 2021-10-25 (Beijing government reprint: 成文日期 and 发布日期 2021-10-25).
 * - 2023 国办发明电〔2022〕16号, 2022-12-08 (Gazette 2023 no. 1).
 * - 2024 国办发明电〔2023〕7号, 2023-10-25 (Gazette 2023 no. 31).
 * - 2025 国办发明电〔2024〕12号, 2024-11-12 (Gazette 2024 no. 33), the first under the November 2024
 *   revision of 《全国年节及纪念日放假办法》: 除夕 added to the Spring Festival, Labour Day 2 days.
 * - 2026 国办发明电〔2025〕7号, 2025-11-04 (Gazette 2025 no. 32).
 *
 * Plain typed data, no computation.
 */
import { make as d } from "../CivilDate.ts"
import type { YearNotice } from "../WorkCalendar.ts"

const NEW_YEAR = { zh: "元旦", en: "New Year's Day" } as const
const SPRING = { zh: "春节", en: "Spring Festival" } as const
const QINGMING = { zh: "清明节", en: "Qingming Festival (Tomb-sweeping Day)" } as const
const LABOUR = { zh: "劳动节", en: "Labour Day" } as const
const DRAGON_BOAT = { zh: "端午节", en: "Dragon Boat Festival" } as const
const MID_AUTUMN = { zh: "中秋节", en: "Mid-Autumn Festival" } as const
const NATIONAL = { zh: "国庆节", en: "National Day" } as const
const NATIONAL_MID_AUTUMN = { zh: "国庆节、中秋节", en: "National Day and Mid-Autumn Festival" } as const
const MID_AUTUMN_NATIONAL = { zh: "中秋节、国庆节", en: "Mid-Autumn Festival and National Day" } as const

const title = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知`

/** The State Council notices for 2020–2026, oldest first. */
export const NOTICES: ReadonlyArray<YearNotice> = [
  {
    year: 2020,
    noticeNo: "国办发明电〔2019〕16号",
    noticeDate: d("2019-11-21"),
    title: title(2020),
    holidays: [
      {
        name: NEW_YEAR,
        from: d("2020-01-01"),
        to: d("2020-01-01"),
        clause: "一、元旦：2020年1月1日放假，共1天。",
      },
      {
        name: SPRING,
        from: d("2020-01-24"),
        to: d("2020-01-30"),
        clause: "二、春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。",
      },
      {
        name: QINGMING,
        from: d("2020-04-04"),
        to: d("2020-04-06"),
        clause: "三、清明节：4月4日至6日放假调休，共3天。",
      },
      {
        name: LABOUR,
        from: d("2020-05-01"),
        to: d("2020-05-05"),
        clause: "四、劳动节：5月1日至5日放假调休，共5天。4月26日（星期日）、5月9日（星期六）上班。",
      },
      {
        name: DRAGON_BOAT,
        from: d("2020-06-25"),
        to: d("2020-06-27"),
        clause: "五、端午节：6月25日至27日放假调休，共3天。6月28日（星期日）上班。",
      },
      {
        name: NATIONAL_MID_AUTUMN,
        from: d("2020-10-01"),
        to: d("2020-10-08"),
        clause:
          "六、国庆节、中秋节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。",
      },
    ],
    adjustedWorkdays: [
      d("2020-01-19"),
      d("2020-02-01"),
      d("2020-04-26"),
      d("2020-05-09"),
      d("2020-06-28"),
      d("2020-09-27"),
      d("2020-10-10"),
    ],
    amendments: [
      {
        noticeNo: "国办发明电〔2020〕1号",
        noticeDate: d("2020-01-26"),
        title: "国务院办公厅关于延长2020年春节假期的通知",
        clause: "一、延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。",
        holidays: [{ name: SPRING, from: d("2020-01-24"), to: d("2020-02-02") }],
        addedWorkdays: [],
        // The extension does not say so in words, but the holiday now runs through Saturday 1 February,
        // which the original notice had made a working day: that day is off.
        cancelledWorkdays: [d("2020-02-01")],
      },
    ],
  },
  {
    year: 2021,
    noticeNo: "国办发明电〔2020〕27号",
    noticeDate: d("2020-11-25"),
    title: title(2021),
    holidays: [
      {
        name: NEW_YEAR,
        from: d("2021-01-01"),
        to: d("2021-01-03"),
        clause: "一、元旦：2021年1月1日至3日放假，共3天。",
      },
      {
        name: SPRING,
        from: d("2021-02-11"),
        to: d("2021-02-17"),
        clause: "二、春节：2月11日至17日放假调休，共7天。2月7日（星期日）、2月20日（星期六）上班。",
      },
      {
        name: QINGMING,
        from: d("2021-04-03"),
        to: d("2021-04-05"),
        clause: "三、清明节：4月3日至5日放假调休，共3天。",
      },
      {
        name: LABOUR,
        from: d("2021-05-01"),
        to: d("2021-05-05"),
        clause: "四、劳动节：5月1日至5日放假调休，共5天。4月25日（星期日）、5月8日（星期六）上班。",
      },
      {
        name: DRAGON_BOAT,
        from: d("2021-06-12"),
        to: d("2021-06-14"),
        clause: "五、端午节：6月12日至14日放假，共3天。",
      },
      {
        name: MID_AUTUMN,
        from: d("2021-09-19"),
        to: d("2021-09-21"),
        clause: "六、中秋节：9月19日至21日放假调休，共3天。9月18日（星期六）上班。",
      },
      {
        name: NATIONAL,
        from: d("2021-10-01"),
        to: d("2021-10-07"),
        clause: "七、国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。",
      },
    ],
    adjustedWorkdays: [
      d("2021-02-07"),
      d("2021-02-20"),
      d("2021-04-25"),
      d("2021-05-08"),
      d("2021-09-18"),
      d("2021-09-26"),
      d("2021-10-09"),
    ],
  },
  {
    year: 2022,
    noticeNo: "国办发明电〔2021〕11号",
    noticeDate: d("2021-10-25"),
    title: title(2022),
    holidays: [
      {
        name: NEW_YEAR,
        from: d("2022-01-01"),
        to: d("2022-01-03"),
        clause: "一、元旦：2022年1月1日至3日放假，共3天。",
      },
      {
        name: SPRING,
        from: d("2022-01-31"),
        to: d("2022-02-06"),
        clause: "二、春节：1月31日至2月6日放假调休，共7天。1月29日（星期六）、1月30日（星期日）上班。",
      },
      {
        name: QINGMING,
        from: d("2022-04-03"),
        to: d("2022-04-05"),
        clause: "三、清明节：4月3日至5日放假调休，共3天。4月2日（星期六）上班。",
      },
      {
        name: LABOUR,
        from: d("2022-04-30"),
        to: d("2022-05-04"),
        clause: "四、劳动节：4月30日至5月4日放假调休，共5天。4月24日（星期日）、5月7日（星期六）上班。",
      },
      {
        name: DRAGON_BOAT,
        from: d("2022-06-03"),
        to: d("2022-06-05"),
        clause: "五、端午节：6月3日至5日放假，共3天。",
      },
      {
        name: MID_AUTUMN,
        from: d("2022-09-10"),
        to: d("2022-09-12"),
        clause: "六、中秋节：9月10日至12日放假，共3天。",
      },
      {
        name: NATIONAL,
        from: d("2022-10-01"),
        to: d("2022-10-07"),
        clause: "七、国庆节：10月1日至7日放假调休，共7天。10月8日（星期六）、10月9日（星期日）上班。",
      },
    ],
    adjustedWorkdays: [
      d("2022-01-29"),
      d("2022-01-30"),
      d("2022-04-02"),
      d("2022-04-24"),
      d("2022-05-07"),
      d("2022-10-08"),
      d("2022-10-09"),
    ],
  },
  {
    year: 2023,
    noticeNo: "国办发明电〔2022〕16号",
    noticeDate: d("2022-12-08"),
    title: title(2023),
    holidays: [
      // The one holiday of 2020–2026 that begins in the previous year: Saturday 31 December 2022.
      {
        name: NEW_YEAR,
        from: d("2022-12-31"),
        to: d("2023-01-02"),
        clause: "一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。",
      },
      {
        name: SPRING,
        from: d("2023-01-21"),
        to: d("2023-01-27"),
        clause: "二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。",
      },
      {
        name: QINGMING,
        from: d("2023-04-05"),
        to: d("2023-04-05"),
        clause: "三、清明节：4月5日放假，共1天。",
      },
      {
        name: LABOUR,
        from: d("2023-04-29"),
        to: d("2023-05-03"),
        clause: "四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。",
      },
      {
        name: DRAGON_BOAT,
        from: d("2023-06-22"),
        to: d("2023-06-24"),
        clause: "五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。",
      },
      {
        name: MID_AUTUMN_NATIONAL,
        from: d("2023-09-29"),
        to: d("2023-10-06"),
        clause:
          "六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。",
      },
    ],
    adjustedWorkdays: [
      d("2023-01-28"),
      d("2023-01-29"),
      d("2023-04-23"),
      d("2023-05-06"),
      d("2023-06-25"),
      d("2023-10-07"),
      d("2023-10-08"),
    ],
  },
  {
    year: 2024,
    noticeNo: "国办发明电〔2023〕7号",
    noticeDate: d("2023-10-25"),
    title: title(2024),
    holidays: [
      {
        name: NEW_YEAR,
        from: d("2024-01-01"),
        to: d("2024-01-01"),
        clause: "一、元旦：1月1日放假，与周末连休。",
      },
      {
        name: SPRING,
        from: d("2024-02-10"),
        to: d("2024-02-17"),
        // 除夕 (9 February) is only "encouraged" as a day off, not given: it stays a working day.
        clause:
          "二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。",
      },
      {
        name: QINGMING,
        from: d("2024-04-04"),
        to: d("2024-04-06"),
        clause: "三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。",
      },
      {
        name: LABOUR,
        from: d("2024-05-01"),
        to: d("2024-05-05"),
        clause: "四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。",
      },
      {
        name: DRAGON_BOAT,
        from: d("2024-06-10"),
        to: d("2024-06-10"),
        clause: "五、端午节：6月10日放假，与周末连休。",
      },
      {
        name: MID_AUTUMN,
        from: d("2024-09-15"),
        to: d("2024-09-17"),
        clause: "六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。",
      },
      {
        name: NATIONAL,
        from: d("2024-10-01"),
        to: d("2024-10-07"),
        clause: "七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。",
      },
    ],
    adjustedWorkdays: [
      d("2024-02-04"),
      d("2024-02-18"),
      d("2024-04-07"),
      d("2024-04-28"),
      d("2024-05-11"),
      d("2024-09-14"),
      d("2024-09-29"),
      d("2024-10-12"),
    ],
  },
  {
    year: 2025,
    noticeNo: "国办发明电〔2024〕12号",
    noticeDate: d("2024-11-12"),
    title: title(2025),
    holidays: [
      {
        name: NEW_YEAR,
        from: d("2025-01-01"),
        to: d("2025-01-01"),
        clause: "一、元旦：1月1日（周三）放假1天，不调休。",
      },
      {
        name: SPRING,
        from: d("2025-01-28"),
        to: d("2025-02-04"),
        clause:
          "二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。",
      },
      {
        name: QINGMING,
        from: d("2025-04-04"),
        to: d("2025-04-06"),
        clause: "三、清明节：4月4日（周五）至6日（周日）放假，共3天。",
      },
      {
        name: LABOUR,
        from: d("2025-05-01"),
        to: d("2025-05-05"),
        clause: "四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。",
      },
      {
        name: DRAGON_BOAT,
        from: d("2025-05-31"),
        to: d("2025-06-02"),
        clause: "五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。",
      },
      {
        name: NATIONAL_MID_AUTUMN,
        from: d("2025-10-01"),
        to: d("2025-10-08"),
        clause:
          "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。",
      },
    ],
    adjustedWorkdays: [d("2025-01-26"), d("2025-02-08"), d("2025-04-27"), d("2025-09-28"), d("2025-10-11")],
  },
  {
    year: 2026,
    noticeNo: "国办发明电〔2025〕7号",
    noticeDate: d("2025-11-04"),
    title: title(2026),
    holidays: [
      {
        name: NEW_YEAR,
        from: d("2026-01-01"),
        to: d("2026-01-03"),
        clause: "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。",
      },
      {
        name: SPRING,
        from: d("2026-02-15"),
        to: d("2026-02-23"),
        clause:
          "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。",
      },
      {
        name: QINGMING,
        from: d("2026-04-04"),
        to: d("2026-04-06"),
        clause: "三、清明节：4月4日（周六）至6日（周一）放假，共3天。",
      },
      {
        name: LABOUR,
        from: d("2026-05-01"),
        to: d("2026-05-05"),
        clause: "四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。",
      },
      {
        name: DRAGON_BOAT,
        from: d("2026-06-19"),
        to: d("2026-06-21"),
        clause: "五、端午节：6月19日（周五）至21日（周日）放假，共3天。",
      },
      {
        name: MID_AUTUMN,
        from: d("2026-09-25"),
        to: d("2026-09-27"),
        clause: "六、中秋节：9月25日（周五）至27日（周日）放假，共3天。",
      },
      {
        name: NATIONAL,
        from: d("2026-10-01"),
        to: d("2026-10-07"),
        clause:
          "七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。",
      },
    ],
    adjustedWorkdays: [
      d("2026-01-04"),
      d("2026-02-14"),
      d("2026-02-28"),
      d("2026-05-09"),
      d("2026-09-20"),
      d("2026-10-10"),
    ],
  },
]
