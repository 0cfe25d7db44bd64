// Generated from openapi.json by apps/api/scripts/openapi.ts — do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process accepts work: the database answers and it is not shutting down */
        get: operations["readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole policy reference: documents, editions, tracks and cited conditions
         * @description Supports ETag / If-None-Match. The same data as docs/policies.json.
         */
        get: operations["listPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{edition}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One edition with its tracks, settings and what is not encoded */
        get: operations["getEdition"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate one profile against every applicable edition and track, with the full explanation */
        post: operations["evaluateEligibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/eligibility/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate a roster: NDJSON profiles in, NDJSON results out, in order, in constant memory
         * @description One Profile JSON object per line. Each output line is `{line, report}` (or `{line, tracks}` with `summary=true`), or `{line, error}` for a bad line; a bad line does not stop the batch.
         */
        post: operations["evaluateEligibilityBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The years loaded, each with its State Council notice number and date */
        get: operations["calendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a day is: workday, weekend, holiday (named) or adjusted working day */
        get: operations["calendarDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/add-working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The n-th working day after a date (the date itself not counted) */
        get: operations["addWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/period-end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last day of a period of days, months or years (Civil Code arts. 201–203) */
        get: operations["periodEnd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/publicity-end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The end of a publicity (公示) period of N days or N working days
         * @description `countPublicationDay` defaults to false (DOMAIN.md: the publication day is not counted, Civil Code art. 201).
         */
        get: operations["publicityEnd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every jurisdiction, document, edition, track and cited condition (see docs/policies.json) */
        PolicyReference: {
            rulesVersion: string;
            jurisdictions: unknown[];
            documents: unknown[];
            editions: unknown[];
        };
        EligibilityReport: {
            asOf: components["schemas"]["CivilDate"];
            rulesVersion: string;
            editions: {
                edition: string;
                document: string;
                number?: string;
                /** @enum {string} */
                status: "in-force" | "draft" | "lapsed";
                reference: string;
                warning?: components["schemas"]["Plain"];
            }[];
            tracks: components["schemas"]["TrackResult"][];
        };
        CivilDate: string;
        Plain: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            zh: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            en: string;
        };
        TrackResult: {
            track: string;
            edition: string;
            kind: string;
            route: string;
            target: components["schemas"]["Target"];
            title: components["schemas"]["Plain"];
            citation: components["schemas"]["Citation"];
            /** @enum {string} */
            status: "eligible" | "not-eligible" | "needs-review" | "incomplete" | "not-applicable";
            exceptionTo?: {
                track: string;
                replaces: string[];
            };
            applicability: components["schemas"]["ConditionResult"];
            conditions: components["schemas"]["ConditionResult"][];
            missing: string[];
            reviews: string[];
            earliest?: {
                date: string;
                withinEdition: boolean;
            };
            judgedAtEvaluation: {
                text: components["schemas"]["Plain"];
                citation: components["schemas"]["Citation"];
            }[];
            materials: {
                id: string;
                text: components["schemas"]["Plain"];
                citation: components["schemas"]["Citation"];
            }[];
            deadlines: components["schemas"]["Deadline"][];
        };
        Target: {
            /** @enum {string} */
            series: "engineering" | "any";
            /** @enum {string} */
            level: "junior" | "intermediate" | "associate-senior" | "full-senior";
            /** @enum {string} */
            grade?: "technician" | "assistant";
            name: components["schemas"]["Plain"];
        };
        Citation: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            document: string;
            source?: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            article: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            quote: string;
        };
        ConditionResult: {
            id: string;
            /** @enum {string} */
            kind: "Leaf" | "Review" | "All" | "Any" | "AtLeast";
            text: components["schemas"]["Plain"];
            citation: components["schemas"]["Citation"];
            /** @enum {string} */
            outcome: "met" | "unmet" | "unknown" | "review";
            observed?: string;
            evidence?: string;
            missing: string[];
            metOn?: string;
            n?: number;
            children?: components["schemas"]["ConditionResult"][];
        };
        Deadline: {
            id: string;
            /** @enum {string} */
            kind: "individual-application" | "unit-recommendation" | "evaluation-window" | "pilot-application";
            from?: string;
            to: string;
            text: components["schemas"]["Plain"];
            citation: components["schemas"]["Citation"];
        };
        EligibilityRequest: {
            profile: components["schemas"]["Profile"];
            asOf: components["schemas"]["CivilDate"];
            jurisdiction?: string;
            edition?: string;
            target?: {
                /** @enum {string} */
                level: "junior" | "intermediate" | "associate-senior" | "full-senior";
                /** @enum {string} */
                grade?: "technician" | "assistant";
            };
        };
        /** @description An applicant's profile; an absent field is unknown */
        Profile: {
            residentId?: components["schemas"]["ResidentId"];
            name?: string;
            birthDate?: components["schemas"]["CivilDate"];
            education?: components["schemas"]["Education"][];
            titles?: components["schemas"]["TitleHeld"][];
            skills?: components["schemas"]["Skill"][];
            qualifications?: components["schemas"]["ProfessionalQualification"][];
            examPasses?: {
                series: string;
                /** @enum {string} */
                level: "junior" | "intermediate" | "associate-senior" | "full-senior";
                date: components["schemas"]["CivilDate"];
            }[];
            work?: components["schemas"]["WorkPeriod"][];
            pension?: components["schemas"]["PensionPeriod"][];
            continuingEducation?: components["schemas"]["ContinuingEducation"][];
            assessments?: components["schemas"]["Assessment"][];
            achievements?: components["schemas"]["Achievements"];
            status?: components["schemas"]["Status"];
        };
        ResidentId: string;
        Education: {
            /** @enum {string} */
            level: "doctorate" | "master" | "bachelor" | "associate" | "secondary-vocational" | "technical-school-intermediate-class" | "technical-school-senior-class" | "technical-school-preparatory-technician-class" | "high-school-or-below";
            /** @enum {string} */
            degree?: "doctor" | "master" | "second-bachelor" | "bachelor" | "none";
            fullTime?: boolean;
            institution?: string;
            major?: string;
            /** @enum {string} */
            relatedness?: "related" | "unrelated";
            graduated?: components["schemas"]["CivilDate"];
            /** @enum {string} */
            awardedIn?: "mainland" | "foreign" | "hk-macao-taiwan";
            certified?: boolean;
        };
        TitleHeld: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            series: string;
            /** @enum {string} */
            level: "junior" | "intermediate" | "associate-senior" | "full-senior";
            /** @enum {string} */
            grade?: "technician" | "assistant";
            specialty?: string;
            obtained: components["schemas"]["CivilDate"];
            /** @enum {string} */
            route?: "evaluation" | "recognition" | "initial-determination" | "adoption" | "exam";
            appointed?: boolean;
        };
        Skill: {
            /** @enum {string} */
            level: "senior-worker" | "technician" | "senior-technician";
            obtained: components["schemas"]["CivilDate"];
            /** @enum {string} */
            kind?: "vocational-qualification" | "skill-level-certificate";
        };
        ProfessionalQualification: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            name: string;
            obtained: components["schemas"]["CivilDate"];
        };
        WorkPeriod: {
            employer?: string;
            /** @enum {string} */
            employerKind?: "private-enterprise" | "state-enterprise" | "public-institution" | "government-organ" | "social-organization" | "self-employed" | "freelance";
            industrial?: boolean;
            /** @description a string matching the pattern ^cn(-[a-z0-9]+)*$ */
            place?: string;
            /** @enum {string} */
            workKind?: "engineering-technical" | "skill-technical" | "management" | "other";
            specialty?: string;
            subSpecialty?: string;
            /** @enum {string} */
            relatedness?: "related" | "unrelated";
            labourDispatch?: boolean;
            postedTo?: {
                /** @description a string matching the pattern ^cn(-[a-z0-9]+)*$ */
                place: string;
                from: components["schemas"]["CivilDate"];
            };
            pilotUnit?: boolean;
            from: components["schemas"]["CivilDate"];
            to: components["schemas"]["CivilDate"] | "present";
        };
        PensionPeriod: {
            /** @enum {string} */
            kind: "employee" | "flexible";
            from: components["schemas"]["YearMonth"];
            to: components["schemas"]["YearMonth"] | "present";
            /** @description a string matching the pattern ^cn(-[a-z0-9]+)*$ */
            place?: string;
        };
        /** @description a string matching the pattern ^(19|20|21)\d\d-(0[1-9]|1[0-2])$ */
        YearMonth: string;
        ContinuingEducation: {
            /**
             * between(1990, 2100)
             * @description a number between 1990 and 2100
             */
            year: components["schemas"]["Int"];
            /** @enum {string} */
            category: "general" | "specialty";
            /**
             * nonNegative
             * @description a non-negative number
             */
            hours: number;
        };
        /**
         * int
         * @description an integer
         */
        Int: number;
        Assessment: {
            /**
             * between(1990, 2100)
             * @description a number between 1990 and 2100
             */
            year: components["schemas"]["Int"];
            /** @enum {string} */
            result: "excellent" | "competent" | "basically-competent" | "incompetent";
        };
        Achievements: {
            patents?: components["schemas"]["Patent"][];
            softwareCopyrights?: components["schemas"]["SoftwareCopyright"][];
            awards?: components["schemas"]["Award"][];
            projects?: components["schemas"]["Project"][];
            honours?: components["schemas"]["Honour"][];
            papers?: components["schemas"]["Paper"][];
            posts?: components["schemas"]["Post"][];
            zheliEngineerRank?: {
                year: components["schemas"]["Int"];
                /**
                 * positive
                 * @description a positive number
                 */
                rank: components["schemas"]["Int"];
            };
            enterpriseHonours?: components["schemas"]["EnterpriseHonour"][];
            statements?: {
                [key: string]: string;
            };
        };
        Patent: {
            /** @enum {string} */
            kind: "invention" | "utility-model" | "design";
            /**
             * positive
             * @description a positive number
             */
            rank: components["schemas"]["Int"];
            granted: components["schemas"]["CivilDate"];
        };
        SoftwareCopyright: {
            /**
             * positive
             * @description a positive number
             */
            rank?: components["schemas"]["Int"];
            registered: components["schemas"]["CivilDate"];
        };
        Award: {
            /** @enum {string} */
            kind: "natural-science" | "sci-tech-progress" | "invention" | "excellent-design" | "quality-engineering" | "other";
            /** @enum {string} */
            level: "national" | "ministerial" | "provincial" | "provincial-department" | "city" | "county" | "enterprise";
            /** @enum {string} */
            grade?: "special" | "first" | "second" | "third" | "other";
            /** @enum {string} */
            role?: "main-contributor" | "technical-lead" | "participant";
            date: components["schemas"]["CivilDate"];
        };
        Project: {
            /** @enum {string} */
            kind: "technology-innovation" | "new-product" | "key-sci-tech" | "key-engineering" | "other";
            /** @enum {string} */
            level: "national" | "ministerial" | "provincial" | "provincial-department" | "city" | "county" | "enterprise";
            /** @enum {string} */
            role: "lead" | "main" | "participant";
            keyEnterprise?: boolean;
            date: components["schemas"]["CivilDate"];
        };
        Honour: {
            /** @enum {string} */
            kind: "model-worker" | "sci-tech-advanced-worker" | "tech-management-advanced-worker" | "excellent-specialist" | "talent-commendation" | "other";
            /** @enum {string} */
            level: "national" | "ministerial" | "provincial" | "provincial-department" | "city" | "county" | "enterprise";
            byGovernment?: boolean;
            date: components["schemas"]["CivilDate"];
        };
        Paper: {
            /** @enum {string} */
            venue: "national-journal" | "provincial-journal" | "ministerial-conference" | "provincial-conference" | "other";
            date: components["schemas"]["CivilDate"];
        };
        Post: {
            /** @enum {string} */
            kind: "technical-department-head" | "enterprise-technical-leader" | "chief-technical-lead" | "city-innovation-team-core" | "county-academic-leader";
            /** @enum {string} */
            enterpriseSize?: "large-or-medium" | "small" | "construction-grade-2";
            from: components["schemas"]["CivilDate"];
            to: components["schemas"]["CivilDate"] | "present";
        };
        EnterpriseHonour: {
            /** @enum {string} */
            level: "national" | "provincial";
            /**
             * between(1, 8)
             * @description a number between 1 and 8
             */
            listItem: components["schemas"]["Int"];
            published: components["schemas"]["CivilDate"];
            mainTechnicalLead?: boolean;
        };
        Status: {
            retired?: boolean;
            /** @enum {string} */
            residency?: "mainland" | "hk-macao-taiwan" | "foreign-permanent-resident" | "foreign-high-level-talent" | "foreign-other";
            movedFromGovernmentOrgan?: components["schemas"]["CivilDate"];
            movedFromNonEnterprise?: components["schemas"]["CivilDate"];
            leaveToStartBusiness?: {
                from: components["schemas"]["CivilDate"];
                originalUnit?: string;
            };
            enterprisePostdoc?: {
                fundedByPostdocFoundation?: boolean;
                ledProvincialProject?: boolean;
                leftStation?: components["schemas"]["CivilDate"];
                stayedInEnterprise?: boolean;
            };
            highLevelTalent?: boolean;
            talentCard?: boolean;
            examInsteadOfEvaluation?: boolean;
            integrityBans?: components["schemas"]["IntegrityBan"][];
        };
        IntegrityBan: {
            foundOn: components["schemas"]["CivilDate"];
            fromYear: components["schemas"]["Int"];
            toYear: components["schemas"]["Int"];
            reason?: string;
        };
        DayInfo: {
            date: string;
            /** @enum {string} */
            kind: "workday" | "weekend" | "holiday" | "adjusted-workday";
            holiday?: components["schemas"]["Plain"];
            noticeNo?: string;
        };
        PublicityDay: {
            date: string;
            /** @enum {string} */
            kind: "workday" | "weekend" | "holiday" | "adjusted-workday";
            holiday?: components["schemas"]["Plain"];
            noticeNo?: string;
            /** @enum {string} */
            role: "counted" | "not-counted" | "extension";
            ordinal: number | null;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            requestId?: string;
            errors?: {
                path: string;
                rule: string;
            }[];
            /** @description The citation of the rule that refused the request */
            clause?: Record<string, never>;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy reference */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyReference"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEdition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                edition: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The edition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    evaluateEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityRequest"];
            };
        };
        responses: {
            /** @description The explained report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityReport"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` lists each field path and the rule it breaks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    evaluateEligibilityBatch: {
        parameters: {
            query: {
                asOf: components["schemas"]["CivilDate"];
                jurisdiction?: string;
                edition?: string;
                summary?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": string;
            };
        };
        responses: {
            /** @description One result per input line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": unknown;
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` lists each field path and the rule it breaks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    calendarYears: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Loaded years */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown[];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    calendarDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: components["schemas"]["CivilDate"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The day */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DayInfo"];
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` lists each field path and the rule it breaks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addWorkingDays: {
        parameters: {
            query: {
                from: components["schemas"]["CivilDate"];
                days: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resulting date */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        days: number;
                        date: string;
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` lists each field path and the rule it breaks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    periodEnd: {
        parameters: {
            query: {
                from: components["schemas"]["CivilDate"];
                amount: string;
                unit: "days" | "months" | "years";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The period end with the rest days art. 203 carried it over */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        nominalEnd: string;
                        end: string;
                        extendedOver: components["schemas"]["DayInfo"][];
                        rule: components["schemas"]["Citation"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` lists each field path and the rule it breaks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publicityEnd: {
        parameters: {
            query: {
                published: components["schemas"]["CivilDate"];
                amount: string;
                unit: "calendar-days" | "working-days";
                countPublicationDay?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every day of the period with its kind and role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        published: string;
                        start: string;
                        nominalEnd: string;
                        end: string;
                        days: components["schemas"]["PublicityDay"][];
                        rule: components["schemas"]["Citation"][];
                    };
                };
            };
            /** @description Malformed request (problem+json) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, unknown or revoked API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key's role may not call this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input; `errors` lists each field path and the rule it breaks */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (no details are disclosed; quote the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
