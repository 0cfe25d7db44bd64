/**
 * The clauses and rulings the applications procedure cites where no edition's procedure data does:
 * the integrity ban, objections, certificates, adoption-track pilot units and one claim per person.
 * `Applications.ts` re-exports them (but `OBJECTION_RULING`, which only the service cites).
 */
import { type Citation, DOMAIN_RULINGS } from "../Citation.ts"

/** 002 四 申报纪律: fraud → no application for a higher title for 3 years from the year after. */
export const INTEGRITY_BAN_CLAUSE: Citation = {
  document: "shangyu-2023-3",
  source: "002_fd50f077227b9e3c.txt",
  article: "四、申报纪律",
  quote: "从评审次年起 3 年内不得申报高一级专业技术资格",
}

export const OBJECTION_RULING: Citation = {
  document: DOMAIN_RULINGS,
  article: "Publicity and objections",
  quote: "an upheld objection blocks the application: it moves to objected and cannot be recommended",
}

/**
 * 003 四: the electronic certificate is issued once the evaluation is passed — so only for a decided,
 * approved application.
 */
export const CERTIFICATE_CLAUSE: Citation = {
  document: "weihai-2020-50",
  source: "003_59c3175579ee1df0.txt",
  article: "四、优化管理服务方式",
  quote: "评审通过后发放电子职称证书",
}

/** 000 第十一条（五）: the bureau verifies, issues its decision, then the electronic certificate. */
export const SHAOXING_CERTIFICATE_CLAUSE: Citation = {
  document: "shaoxing-adoption-draft",
  source: "000_f566ba90b7a0da7a.txt",
  article: "第十一条（五）",
  quote: "人力社保部门按权限核实人员，发文并制发中、初级职称电子证书",
}

/**
 * Where an edition's own text is silent on certificates (002, the national notice, Shanxi,
 * Bayingolin): the project's ruling, which those texts presuppose — a certificate records a title
 * the bureau has decided.
 */
export const CERTIFICATE_RULING: Citation = {
  document: DOMAIN_RULINGS,
  article: "Certificates",
  quote:
    "a certificate records a title the bureau has decided: none is issued for an application not decided and approved",
}

/**
 * 000 第五条: those adopted work in a pilot unit — so an adoption-track application's `unit` must be
 * a pilot unit's id (`UnknownPilotUnit` on create).
 */
export const ADOPTION_UNIT_CLAUSE: Citation = {
  document: "shaoxing-adoption-draft",
  source: "000_f566ba90b7a0da7a.txt",
  article: "第五条",
  quote:
    "职称采认对象主要为在我市试点单位中从事机电制造、信息技术、石化、医药、材料、轻纺等相关工作的技术人员",
}

/**
 * 000 第十三条: a pilot unit that fails its year-end review (or leaves) adopts no titles the next year,
 * so an adoption-track application of a unit that has left the scheme is refused at every step.
 */
export const PILOT_EXIT_CLAUSE: Citation = {
  document: "shaoxing-adoption-draft",
  source: "000_f566ba90b7a0da7a.txt",
  article: "第十三条",
  quote: "复审不合格，不再作为下一年度采认单位",
}

/**
 * Where no text speaks: the project's ruling (DOMAIN.md, "Personal data and certificates") that one
 * person makes one claim to a title — one live application per edition and level, one valid
 * certificate per series and level.
 */
export const ONE_CLAIM_RULING: Citation = {
  document: DOMAIN_RULINGS,
  article: "Personal data and certificates",
  quote:
    "one person holds at most one live application per edition and title level, and at most one valid (not revoked) certificate per series and level",
}

/** The clause a certificate refusal cites for an application of `edition`: its own text where it speaks. */
export const certificateClause = (edition: string): Citation =>
  edition === "weihai-2020-50"
    ? CERTIFICATE_CLAUSE
    : edition === "shaoxing-adoption-draft"
      ? SHAOXING_CERTIFICATE_CLAUSE
      : CERTIFICATE_RULING
