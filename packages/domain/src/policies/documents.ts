/**
 * The five source files as policy documents (issuer, number, date, status, validity). A date or
 * number the text does not give is absent, never guessed.
 */
import { make } from "../CivilDate.ts"
import type { PolicyDocument } from "../Policy.ts"

export const SOURCES = {
  shaoxing: "000_f566ba90b7a0da7a.txt",
  shanxi: "001_fa69ffcda4fe5aee.txt",
  shangyu: "002_fd50f077227b9e3c.txt",
  weihai: "003_59c3175579ee1df0.txt",
  bayingolin: "004_8fcaf66503f4036c.txt",
} as const

export const DOCUMENTS: ReadonlyArray<PolicyDocument> = [
  {
    id: "national-2020-13",
    issuer: {
      zh: "人力资源社会保障部办公厅",
      en: "General Office, Ministry of Human Resources and Social Security",
    },
    number: "人社厅发〔2020〕13号",
    title: {
      zh: "关于进一步做好民营企业职称工作的通知",
      en: "Notice on further improving professional-title work in private enterprises",
    },
    status: "in-force",
    jurisdiction: "cn",
    source: SOURCES.shanxi,
    citesUnavailable: [{ number: "", title: "职称评审管理暂行规定" }],
  },
  {
    id: "shanxi-2020-38",
    issuer: { zh: "山西省人力资源和社会保障厅", en: "Shanxi Provincial Department of HR&SS" },
    number: "晋人社厅发〔2020〕38号",
    title: {
      zh: "关于转发人社部办公厅《关于进一步做好民营企业职称工作的通知》的通知",
      en: "Forwarding the national notice on private-enterprise titles, with Shanxi's measures",
    },
    date: make("2020-06-04"),
    status: "in-force",
    jurisdiction: "cn-shanxi",
    source: SOURCES.shanxi,
    citesUnavailable: [{ number: "", title: "国家和我省公布的职业资格与职称对应目录" }],
  },
  {
    id: "shaoxing-adoption-draft",
    issuer: { zh: "绍兴市人力资源和社会保障局", en: "Shaoxing Municipal HR&SS Bureau" },
    title: {
      zh: "民营企业工程系列中、初级职称采认办法（试行）（征求意见稿）",
      en: "Measures for adopting private enterprises' own evaluations as intermediate and junior engineering titles (trial; draft for comment)",
    },
    status: "draft",
    jurisdiction: "cn-zhejiang-shaoxing",
    source: SOURCES.shaoxing,
    citesUnavailable: [{ number: "浙人社发〔2020〕47号", title: "浙江省职称评审管理实施办法（试行）" }],
  },
  {
    id: "shangyu-2023-3",
    issuer: { zh: "绍兴市上虞区人力资源和社会保障局", en: "Shangyu District HR&SS Bureau, Shaoxing" },
    number: "虞人社职〔2023〕3号",
    title: {
      zh: "关于做好2023年度全区民营工业企业机电制造中级专业技术职务任职资格评审工作的通知",
      en: "2023 intermediate title evaluation for private industrial enterprises, mechanical & electrical manufacturing",
    },
    date: make("2023-07-19"),
    status: "in-force",
    validFrom: make("2023-07-19"),
    validTo: make("2023-12-31"),
    jurisdiction: "cn-zhejiang-shaoxing-shangyu",
    source: SOURCES.shangyu,
    citesUnavailable: [
      { number: "浙人社发〔2020〕47号", title: "浙江省职称评审管理实施办法（试行）" },
      { number: "绍市人社发〔2023〕33号", title: "关于做好2023年度职称评审工作的通知" },
      {
        number: "绍市经信〔2023〕24号",
        title: "关于开展2023年度全市工业和信息化领域中级工程师职务任职资格评审工作的通知",
      },
      { number: "绍市人社发〔2023〕3号", title: "高技能人才与专业技术人才职业发展贯通实施办法" },
      { number: "", title: "浙江省专业技术资格评审工作实施细则（试行）" },
      { number: "", title: "工程技术人员职务试行条例" },
    ],
  },
  {
    id: "weihai-2020-50",
    issuer: { zh: "威海市人力资源和社会保障局", en: "Weihai Municipal HR&SS Bureau" },
    number: "威人社办发〔2020〕50号",
    title: { zh: "关于优化职称评审管理服务工作的通知", en: "Notice on improving title-evaluation services" },
    date: make("2020-09-09"),
    status: "in-force",
    jurisdiction: "cn-shandong-weihai",
    source: SOURCES.weihai,
    citesUnavailable: [{ number: "", title: "相应系列工程技术评价标准条件（山东省）" }],
  },
  {
    id: "bayingolin-private-enterprise",
    issuer: { zh: "巴音郭楞蒙古自治州人力资源和社会保障局", en: "Bayingolin Prefecture HR&SS Bureau" },
    title: {
      zh: "关于进一步做好民营企业职称工作的通知",
      en: "Notice on further improving professional-title work in private enterprises",
    },
    status: "in-force",
    jurisdiction: "cn-xinjiang-bayingolin",
    source: SOURCES.bayingolin,
    citesUnavailable: [
      { number: "", title: "承接民营企业职称评审的各系列（专业）评审委员会一览表（附件，未随文提供）" },
    ],
  },
]
