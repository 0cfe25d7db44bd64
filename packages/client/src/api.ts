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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: the key holder's name, role and bound pilot unit */
        get: operations["me"];
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
    "/api/v1/eligibility/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate one profile; answer each track in brief, with the clauses the answer rests on
         * @description The same evaluation as `POST /api/v1/eligibility`, without the explanation trees: per track the status, its grounds (eligible: each requirement, met; not eligible: the leaves that failed; incomplete: the leaves waiting for a fact; needs review: what a person must judge; not applicable: the failed conditions of who may apply), each with its citation and what it saw, the missing fields, pending reviews and the earliest date. About a sixth of the full report's size (benchmark population, all editions: 40 KiB against 240 KiB).
         */
        post: operations["summarizeEligibility"];
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
         * @description One Profile JSON object per line. Each output line is `{line, report}` (or, with `summary=true`, `{line, rulesVersion, tracks}` where each track is a `TrackSummary`: status, grounds with their citations, missing, reviews, earliest), or `{line, error}` for a bad line; a bad line does not stop the batch.
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
    "/api/v1/pilot-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The units that applied for a year, public view (no contact data) */
        get: operations["listPilotUnits"];
        put?: never;
        /**
         * File a unit's application to be a pilot unit (Annex 1, 第八条（一）)
         * @description Refused (409 with `clause`) for a unit outside Shaoxing (第七条), after the year's deadline without `lateReason` (第六条), or when the same unit — its name compared without spaces, case or full-width differences — has already applied for that year (`already-applied`, 第五条: units are chosen yearly, each once). An enterprise-HR key bound to a pilot unit files no application (403 `key-bound-to-unit` naming `body.application`): filing creates a new unit, which is not the key's. Honours Idempotency-Key.
         */
        post: operations["applyPilotUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A pilot unit, public view (no contact person, no telephone number)
         * @description The bureau's full record is `GET /api/v1/pilot-units/{id}/record`.
         */
        get: operations["getPilotUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pilot unit's full record for the bureau: application with contacts, decisions, reviews, conditions to verify */
        get: operations["getPilotUnitRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}/recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the district's verification and recommendation, or its refusal to recommend (第八条（二）) */
        post: operations["recommendPilotUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the city bureau's selection of a recommended unit with the approved scope (第八条（三）)
         * @description Recorded by a clerk on the city bureau's behalf (or an admin). The 7th unit of a year is refused (409, `clause` 第五条 一般每年不超过6家) unless `overCapReason` is given, which is recorded and audited.
         */
        post: operations["selectPilotUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the city bureau's refusal of a recommended unit (第八条（三）) */
        post: operations["declinePilotUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the year-end review of a selected unit (第十三条); a failed review ends it after that year
         * @description May be recorded from 1 December of the year reviewed; one review per unit and year.
         */
        post: operations["reviewPilotUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}/exit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a selected unit out of the scheme other than by a failed review (第十三条 退出机制)
         * @description `lastYear` (default: this year) is the last year the unit adopts titles.
         */
        post: operations["exitPilotUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}/adoptions/{year}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record a pilot unit's figures for a year: insured staff that year, graduate hires the year before (000 第九条)
         * @description The one source of the unit's adoption cap for the year (the larger of 5% of insured staff and 50% of last year's graduate hires, DOMAIN.md ruling 1): both roster finalisation and the recommendation of adoption-track applications check against it. The figures are the unit's own, so its HR supplies them (or a clerk on its behalf); recording again replaces them for later checks and is audited with both. An enterprise-HR key bound to a pilot unit records only that unit's figures (403 `key-bound-to-unit` naming `path.id` for another). Refused (409) for a year the unit is not a pilot; 422 for figures that are not whole numbers of 0 or more.
         */
        put: operations["recordAdoptionFigures"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pilot-units/{id}/adoptions/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A pilot unit's adoption cap for a year: its figures, the cap, and the people adopted (rosters and applications, each once)
         * @description `edition` (default shaoxing-adoption-draft, whose Annex 2 the rosters are) selects the applications counted. `cap` and `remaining` are absent until the unit's figures for the year are recorded. An enterprise-HR key bound to a pilot unit reads only that unit's (403 `key-bound-to-unit` naming `path.id` for another).
         */
        get: operations["getAdoptionUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a draft adoption roster for a pilot unit, a year and a round (第九条)
         * @description Refused (409) for a unit that is not a selected pilot that year, or a round that clashes with one the year has (one yearly round, or two half-yearly rounds). The cap's figures are the unit's for the year (`PUT /api/v1/pilot-units/{id}/adoptions/{year}/figures`), needed to finalise. An enterprise-HR key bound to a pilot unit opens, reads and edits that unit's rosters only (403 `key-bound-to-unit` naming `body.unitId`, or `path.id` for another unit's roster). Honours Idempotency-Key.
         */
        post: operations["createRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A roster for the unit's and the bureau's staff: entries with masked ID numbers, and the unit's cap and count for the year */
        get: operations["getRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add one person to a draft roster (the same checks as a one-row import)
         * @description A row refused by the domain (outside the approved scope, already on the unit's rosters of the year, future birth date) is 422 with `errors` naming `body.<field>`. Honours Idempotency-Key.
         */
        post: operations["addRosterEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a person from a draft roster */
        delete: operations["removeRosterEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an Annex 2 roster file (CSV or XLSX, sent as the raw body) into a draft roster, all or none
         * @description The header row is found by its Annex 2 names; 填报单位 above it must be the roster's unit. Any invalid row refuses the whole file: 422 with one `errors` item per cell, `path` "row 7 / 身份证号", `rule` the reason — the first 100 in row order, `detail` giving the total; nothing is stored. An unreadable file (or an XLSX whose ZIP container is damaged, encrypted, nested or inconsistent) is 422 with path `body`. Limits, each refused with 413 naming `body` and the limit: at most 5000000 bytes; at most 5000 entries; an XLSX file at most 10485760 bytes uncompressed in at most 200 parts. Not idempotent by key (the raw body is not fingerprinted); a repeated import is refused as duplicates, so retrying is safe.
         */
        post: operations["importRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bureau's copy of a roster as CSV or XLSX, WITH resident ID numbers (audited)
         * @description For the bureau (第十条（四）): every Annex 2 column, ID numbers in clear; each export is recorded in the audit trail. `format=csv` answers text/csv (UTF-8 with BOM); `format=xlsx` answers application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. Content-Disposition names the file.
         */
        get: operations["exportRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/finalise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalise a draft roster: the people the unit adopts in the year must be within its cap, or a reason is recorded (第九条)
         * @description The count is the unit's finalised rosters and its recommended adoption-track applications of the year, each person once, with this roster's entries; the cap is from the unit's figures for the year. No figures recorded: 409 `quota-figures-missing`. Over the cap without `overCapReason`: 409 `quota-exceeded` with `clause` (第九条 原则上不超过…) and the count and cap in `detail`; with it the excess and reason are recorded and audited. A finalised roster never changes and keeps the figures and cap it was checked against.
         */
        post: operations["finaliseRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/{id}/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A roster's public view: name, employer, specialty, title and track only
         * @description Never an ID number or contact details (DOMAIN.md, PIPL arts. 6 and 25).
         */
        get: operations["getRosterPublic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List applications page by page, filtered by state, edition and unit
         * @description In creation order (then by id), at most `limit` (default 50, at most 200) a page; `next`, absent on the last page, is the `after` of the next page (an opaque cursor: a page starts right after the previous one, however many applications were created meanwhile). Enterprise HR sees only the applications its own key created (under its name, across rotations), bound to a unit or not.
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Create a draft application for a track of an edition
         * @description The profile must carry `residentId`: it is checked, hashed (HMAC under a server key) for integrity-ban lookups and dropped; no response ever contains it. `target` is the level sought: required on a track open at any level (its conditions and the certificate depend on it), otherwise the track's level when omitted and refused when it disagrees (422 naming `body.target`, citing the track). On an adoption track `unit` is the pilot unit's id: an id that is no pilot unit's is refused (422 naming `body.unit`, citing 000 第五条), and a unit that adopts no titles this year is 409 `not-pilot-this-year` (000 第十三条 when it left the scheme) — checked again at every step. One person (by ID HMAC) holds one live application per edition and level: a second is 409 `duplicate-application` (DOMAIN.md, personal data and certificates), checked under a lock on the person. An enterprise-HR key bound to a pilot unit may name only that unit: another `unit` is 403 `key-bound-to-unit` naming `body.unit`. Honours Idempotency-Key.
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded transition of an application, oldest first */
        get: operations["applicationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * draft → submitted: checks the individual deadline, the evaluation window, the level sought, integrity bans and eligibility today at that level
         * @description Before a window that starts only in principle (004 一, July; DOMAIN.md ruling 11) the application is taken only with `earlyStartReason`, which is recorded in the transition and audited; without it 409 `evaluation-window-closed`. Its end is hard: nothing of one year's evaluation happens in the next. On an adoption track the pilot unit must adopt titles this year (409 `not-pilot-this-year`, citing 000 第十三条 when it left the scheme).
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/unit-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** submitted → unit-reviewed: records the unit's review; checks the unit deadline and the evaluation window */
        post: operations["unitReviewApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/pass-publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** in-publicity → publicity-passed once the period has ended with no open or upheld objection */
        post: operations["passPublicity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/mark-objected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * in-publicity → objected; needs an upheld objection on its notice
         * @description Upholding an objection (POST /api/v1/objections/{id}/resolution) already does this; this is for a notice resolved before.
         */
        post: operations["markApplicationObjected"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/recommend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * publicity-passed → recommended (or unit-reviewed → recommended where the procedure names no publicity step): deadlines, integrity bans, eligibility today, caps
         * @description Where the application's procedure (its track's, else its edition's) names a publicity step, only a publicity-passed application is recommended (409 `invalid-transition` from unit-reviewed, citing the clause that names it); where it names none — the text is silent, or the track is marked 无须公示 — a unit-reviewed one is, and the transition records why. Deadlines the text names bind it (002: the employer's recommendation by 2023-09-21, 五(二)). On 002's exceptional track B the enterprise's recommendations are capped (3 with a national honour, 2 with a provincial one; 附件1 二(二)2 B类): the next is 409 `quota-exceeded`, checked under a lock on the enterprise. On an adoption track (000) the application's `unit` is its pilot unit's id, and the recommendation counts against the unit's cap for the year (000 第九条) together with its finalised rosters, each person once, from the figures the unit recorded for the year (`PUT /api/v1/pilot-units/{id}/adoptions/{year}/figures`). No pilot unit or no figures: 409 `quota-figures-missing`. Over the cap: 409 `quota-exceeded` with the count and the cap, unless `overrideReason` is given, which is recorded and audited.
         */
        post: operations["recommendApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** recommended → decided (approved | rejected), inside the evaluation window */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/certificate-issued": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** decided (approved) → certificate-issued, recording the certificate number */
        post: operations["markCertificateIssued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/target": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the level sought on an application stored before it was recorded
         * @description Only for an application that records no `target` (created before levels were recorded, on a track open at any level): until then it cannot be submitted and gets no certificate (422 naming `target` / `level`). Recorded once, with a reason, audited; the state does not change. The level must agree with the track (422 naming `body.target`, citing the track).
         */
        post: operations["recordApplicationTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application in any state before the decision */
        post: operations["withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The notices running today (China time), public views only, latest first
         * @description What a citizen may still object to: every open notice whose period includes today, each with the minimum public fields (name, employer, specialty, title, track), its period and how to object — never an ID number or a contact. At most 200.
         */
        get: operations["listCurrentPublicityNotices"];
        put?: never;
        /**
         * Publish a notice for unit-reviewed applications of one edition; they move to in-publicity
         * @description Only for applications whose procedure names a publicity step (409 `invalid-transition` otherwise, citing the clause that says none is required, or saying the text names none). The period follows the edition's publicity rule and the official work calendar; where the text names the step but no period (001 一、3) the publisher gives `end`. `published` defaults to today and may not be in the past. A deadline the step precedes binds it: 002's employer must recommend by 2023-09-21, so a notice that would end on or after that day is 409 `publicity-ends-too-late` (五(二), 二(二)). Honours Idempotency-Key.
         */
        post: operations["openPublicityNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity-notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A notice's public view: entries (name, employer, specialty, title, track), period, how to object */
        get: operations["getPublicityNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity-notices/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A notice's objections with the objectors' contacts (clerks only) */
        get: operations["listObjections"];
        put?: never;
        /**
         * Object to an entry of a notice during its period (publication day to 24:00 on the end date)
         * @description Public and rate limited. Name the entry by its position on the public list. The contact is kept to reply to you and is never shown publicly; the receipt gives the objection's reference only. Honours Idempotency-Key.
         */
        post: operations["fileObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uphold or dismiss an objection, with a reason; upholding moves its application to objected */
        post: operations["resolveObjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicity-notices/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a notice once its period has ended and no objection is open */
        post: operations["closePublicityNotice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the certificate of a decided, approved application and mark it certificate-issued
         * @description Holder, specialty and level come from the application (the level it sought), the printed title and series from its track (`title`, `series` only where the track leaves them open; `level`, if given, must be the application's: 422 naming `body.level`). The certificate and the application's step are one transaction. Only a decided, approved application gets one: an undecided one answers 409 invalid-transition, a rejected one 409 not-approved, both citing the clause. One certificate per application: a second issue answers 409 already-issued (with the number); a retry with the same Idempotency-Key returns the first answer. Needs an active signing key (409 no-active-signing-key otherwise).
         */
        post: operations["issueCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificate-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue certificates for many decided, approved applications, crash-safely
         * @description Every application is checked first (each refusal names `body.applications[i]`; nothing is issued then). The batch is recorded, then each certificate is issued in its own transaction together with its application's step. If the call is cut off, resume the batch; its id (`id`, or generated) is returned. Runs to the end before answering (at most 500 applications).
         */
        post: operations["createCertificateBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificate-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A batch's progress: total, issued, pending, open or done */
        get: operations["getCertificateBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificate-batches/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a batch's pending certificates (after a crash or a cut-off call); safe to repeat
         * @description Issues what is pending, one transaction each (the certificate with its application's step). Two concurrent resumes never issue an item twice.
         */
        post: operations["resumeCertificateBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public check: the certificate's status and printed fields when number and name both match
         * @description Shows status, title, level, series, specialty, issuing body, date and approval number — never an ID number. A wrong number and a wrong name get the same 404. Rate limited per address.
         */
        get: operations["verifyCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/verify-qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a certificate's QR text: format, signing key and signature (as an offline verifier would)
         * @description Accepts the whole QR text (`…/v/<number>#ZC1.…`) or its `ZC1.` part. A retired key still verifies; a key revoked as compromised does not. A failing check answers 422 with the reason as `code`: qr-malformed, unsupported-algorithm, unknown-signing-key, signing-key-compromised or signature-invalid. `current` adds today's status when this server holds the certificate.
         */
        post: operations["verifyCertificateQr"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full certificate record for staff (never the holder's ID number) */
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The printable certificate (PDF): for the holder with number and name, or for staff
         * @description Public callers must give the holder's `name`; a wrong number or name gets the same 404 as the public check. Clerk, committee and admin keys may omit it. A suspended or revoked certificate is stamped as such. Never contains an ID number.
         */
        get: operations["certificatePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** valid → suspended while an investigation runs */
        post: operations["suspendCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** suspended → valid: the investigation cleared the holder */
        post: operations["reinstateCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a certificate (final); for fraud, also record the holder's integrity ban (002 四)
         * @description The certificate's application becomes `certificate-revoked` in the same transaction, its last transition recording the decision (`document`), the reason and any ban. With `fraud` the holder may not apply for a higher title in the 3 evaluation years after `fraud.evaluationYear`, the evaluation in which the fraud occurred (002 四、申报纪律, DOMAIN.md ruling 7; by default the certificate's year of issue, never later than the year of `fraud.foundOn`; a finding dated before that year is refused, 422): their next submission or recommendation answers 409 integrity-banned. The ban is recorded in the same transaction. Suspension and reinstatement do not change the application.
         */
        post: operations["revokeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public key set (JWK, RFC 8037) with each key's status, for offline verifiers
         * @description Active and retired keys verify what they signed; a compromised key (with `revokedAt`) verifies nothing. Cacheable for 5 minutes; supports ETag / If-None-Match.
         */
        get: operations["listSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys/rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate a new active signing key; the previous one is retired and still verifies */
        post: operations["rotateSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/keys/{kid}/compromise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a signing key as compromised: its signatures no longer verify offline
         * @description Certificates it signed still check online by number and name. Rotate in a new key first if the compromised one was active.
         */
        post: operations["revokeSigningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The short check address printed in QR codes: an HTML page asking for the holder's name
         * @description With `name`, shows the public check's result (404 with the same page when number or name is wrong). No ID number; every value is HTML-escaped; no script.
         */
        get: operations["certificateCheckPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the audit trail's hash chain: its length and head hash, or 409 naming the first broken entry */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit entries in order, paged by sequence number
         * @description Entries with `seq` greater than `after` (default 0), at most `limit` (default 100, at most 500).
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Demo only: the training clock — the training day the rules see, the real day, the offset
         * @description Only in demo mode (absent, 404, in production configuration). The API's today and every timestamp come from this clock; each response in training mode names its day in the `Zhicheng-Training-Day` header.
         */
        get: operations["getTrainingClock"];
        put?: never;
        /**
         * Demo only: move the training clock forward by whole days or to a later day (audited)
         * @description Give `days` (1–3650) or `to` (a day after the training day). The clock never goes back: records already made would predate it (422 naming the field). Stored, so a restart keeps it; audited as `training-clock.advanced`. A database whose training clock was moved is refused by production configuration (ZHICHENG_DEMO=0).
         */
        post: operations["advanceTrainingClock"];
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
        Me: {
            id: string;
            name: string;
            /** @enum {string} */
            role: "public" | "enterprise-hr" | "clerk" | "committee" | "admin" | "system";
            unit?: string;
        };
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
            level: "junior" | "intermediate" | "associate-senior" | "full-senior" | "any";
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
            /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
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
        /** @description 18-character resident ID number (GB 11643-1999), with a birth date that is not in the future */
        ResidentId: string;
        Education: {
            /** @enum {string} */
            level: "doctorate" | "master" | "bachelor" | "associate" | "secondary-vocational" | "technical-school-intermediate-class" | "technical-school-senior-class" | "technical-school-preparatory-technician-class" | "high-school-or-below";
            /** @enum {string} */
            degree?: "doctor" | "master" | "second-bachelor" | "bachelor" | "none";
            fullTime?: boolean;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            institution?: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
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
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
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
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            name: string;
            obtained: components["schemas"]["CivilDate"];
        };
        WorkPeriod: {
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            employer?: string;
            /** @enum {string} */
            employerKind?: "private-enterprise" | "state-enterprise" | "public-institution" | "government-organ" | "social-organization" | "self-employed" | "freelance";
            industrial?: boolean;
            /** @description a string matching the pattern ^cn(-[a-z0-9]+)*$ */
            place?: string;
            /** @enum {string} */
            workKind?: "engineering-technical" | "skill-technical" | "management" | "other";
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            specialty?: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            subSpecialty?: string;
            /** @enum {string} */
            relatedness?: "related" | "unrelated";
            labourDispatch?: boolean;
            postedTo?: {
                /** @description a string matching the pattern ^cn(-[a-z0-9]+)*$ */
                place: string;
                from: components["schemas"]["CivilDate"];
            } | "no";
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
            } | "not-listed";
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
            movedFromGovernmentOrgan?: components["schemas"]["CivilDate"] | "never";
            movedFromNonEnterprise?: components["schemas"]["CivilDate"] | "never";
            leaveToStartBusiness?: {
                from: components["schemas"]["CivilDate"];
                /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
                originalUnit?: string;
            } | "no";
            enterprisePostdoc?: {
                fundedByPostdocFoundation?: boolean;
                ledProvincialProject?: boolean;
                leftStation?: components["schemas"]["CivilDate"];
                stayedInEnterprise?: boolean;
            } | "no";
            highLevelTalent?: boolean;
            talentCard?: boolean;
            examInsteadOfEvaluation?: boolean;
            integrityBans?: components["schemas"]["IntegrityBanInput"][];
        };
        IntegrityBanInput: components["schemas"]["IntegrityBan"] | components["schemas"]["IntegrityBanRecordedYears"];
        IntegrityBan: {
            /**
             * between(1990, 2100)
             * @description a number between 1990 and 2100
             */
            evaluationYear: components["schemas"]["Int"];
            foundOn: components["schemas"]["CivilDate"];
            reason?: string;
        };
        IntegrityBanRecordedYears: {
            foundOn: components["schemas"]["CivilDate"];
            fromYear: components["schemas"]["Int"];
            toYear: components["schemas"]["Int"];
            reason?: string;
        };
        EligibilitySummary: {
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
            tracks: components["schemas"]["TrackSummary"][];
        };
        TrackSummary: {
            track: string;
            edition: string;
            title: components["schemas"]["Plain"];
            citation: components["schemas"]["Citation"];
            /** @enum {string} */
            status: "eligible" | "not-eligible" | "needs-review" | "incomplete" | "not-applicable";
            grounds: components["schemas"]["Ground"][];
            missing: string[];
            reviews: string[];
            earliest?: {
                date: string;
                withinEdition: boolean;
            };
        };
        Ground: {
            id: string;
            text: components["schemas"]["Plain"];
            citation: components["schemas"]["Citation"];
            /** @enum {string} */
            outcome: "met" | "unmet" | "unknown" | "review";
            observed?: string;
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
        PilotUnit: {
            id: string;
            /** @enum {string} */
            status: "applied" | "recommended" | "not-recommended" | "selected" | "not-selected" | "exited";
            application: components["schemas"]["PilotApplication"];
            appliedOn: components["schemas"]["CivilDate"];
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            lateReason?: string;
            recommendation?: {
                on: components["schemas"]["CivilDate"];
                by: string;
                /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
                opinion: string;
                recommended: boolean;
            };
            selection?: {
                on: components["schemas"]["CivilDate"];
                by: string;
                /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
                opinion: string;
                selected: boolean;
                scope?: components["schemas"]["ApprovedScope"];
                overCap?: {
                    cap: components["schemas"]["Int"];
                    count: components["schemas"]["Int"];
                    reason: string;
                };
            };
            exit?: {
                on: components["schemas"]["CivilDate"];
                by: string;
                /**
                 * between(2000, 2200)
                 * @description a number between 2000 and 2200
                 */
                lastYear: components["schemas"]["Int"];
                /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
                reason: string;
                /** @enum {string} */
                cause: "review-failed" | "withdrawn";
            };
        };
        PilotApplication: {
            /**
             * between(2000, 2200)
             * @description a number between 2000 and 2200
             */
            year: components["schemas"]["Int"];
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            district: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            unitName: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            industry: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            address: string;
            legalRepresentative: components["schemas"]["PilotUnitContact"];
            workContact: components["schemas"]["PilotUnitContact"];
            staff: components["schemas"]["StaffCounts"];
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            profileAndPromotionSystem: string;
            /**
             * minItems(1)
             * @description an array of at least 1 item(s)
             */
            specialties: components["schemas"]["AdoptionSpecialty"][];
            statements?: {
                [key: string]: string;
            };
        };
        PilotUnitContact: {
            /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
            name: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            position: string;
            /** @description Text of at most 50 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            phone?: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            mobile: string;
        };
        StaffCounts: {
            /**
             * nonNegative
             * @description a non-negative number
             */
            fullSenior: components["schemas"]["Int"];
            /**
             * nonNegative
             * @description a non-negative number
             */
            associateSenior: components["schemas"]["Int"];
            /**
             * nonNegative
             * @description a non-negative number
             */
            intermediate: components["schemas"]["Int"];
            /**
             * nonNegative
             * @description a non-negative number
             */
            junior: components["schemas"]["Int"];
        };
        /** @enum {string} */
        AdoptionSpecialty: "机电" | "信息技术" | "石化" | "医药" | "材料" | "轻纺";
        ApprovedScope: {
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            postSequence: string;
            /**
             * minItems(1)
             * @description an array of at least 1 item(s)
             */
            levels: components["schemas"]["QualificationName"][];
            /**
             * minItems(1)
             * @description an array of at least 1 item(s)
             */
            specialties: components["schemas"]["AdoptionSpecialty"][];
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            documentRef?: string;
        };
        /** @enum {string} */
        QualificationName: "助理工程师" | "工程师";
        PilotUnitApplyRequest: {
            application: components["schemas"]["PilotApplication"];
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            lateReason?: string;
        };
        PilotUnitPublic: {
            id: string;
            year: components["schemas"]["Int"];
            district: string;
            unitName: string;
            industry: string;
            /** @enum {string} */
            status: "applied" | "recommended" | "not-recommended" | "selected" | "not-selected" | "exited";
            specialties: components["schemas"]["AdoptionSpecialty"][];
            scope?: components["schemas"]["ApprovedScope"];
            lastYear?: components["schemas"]["Int"];
        };
        PilotUnitRecord: {
            unit: components["schemas"]["PilotUnit"];
            reviews: components["schemas"]["PilotUnitReview"][];
            conditions: components["schemas"]["PilotUnitCondition"][];
        };
        PilotUnitReview: {
            unitId: string;
            /**
             * between(2000, 2200)
             * @description a number between 2000 and 2200
             */
            year: components["schemas"]["Int"];
            passed: boolean;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            opinion: string;
            on: components["schemas"]["CivilDate"];
            by: string;
        };
        PilotUnitCondition: {
            id: string;
            text: components["schemas"]["Plain"];
            citation: components["schemas"]["Citation"];
            /** @enum {string} */
            outcome: "needs-review";
            statement?: string;
        };
        PilotUnitRecommendationRequest: {
            recommended: boolean;
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            opinion: string;
        };
        PilotUnitSelectionRequest: {
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            opinion: string;
            scope: components["schemas"]["ApprovedScope"];
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            overCapReason?: string;
        };
        PilotUnitDeclineRequest: {
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            opinion: string;
        };
        PilotUnitReviewResult: {
            unit: components["schemas"]["PilotUnit"];
            review: components["schemas"]["PilotUnitReview"];
        };
        PilotUnitReviewRequest: {
            /**
             * between(2000, 2200)
             * @description a number between 2000 and 2200
             */
            year: components["schemas"]["Int"];
            passed: boolean;
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            opinion: string;
        };
        PilotUnitExitRequest: {
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason: string;
            /**
             * between(2000, 2200)
             * @description a number between 2000 and 2200
             */
            lastYear?: components["schemas"]["Int"];
        };
        AdoptionFigures: {
            unitId: string;
            year: components["schemas"]["Int"];
            figures: components["schemas"]["AdoptionCapInput"];
            recordedOn: components["schemas"]["CivilDate"];
            recordedBy: string;
        };
        AdoptionCapInput: {
            insuredStaff: components["schemas"]["Count"];
            lastYearGraduateHires: components["schemas"]["Count"];
        };
        /**
         * nonNegative
         * @description a non-negative number
         */
        Count: number;
        AdoptionUsage: {
            unitId: string;
            year: components["schemas"]["Int"];
            edition: string;
            figures?: components["schemas"]["AdoptionFigures"];
            cap?: components["schemas"]["AdoptionCap"];
            adopted: {
                people: components["schemas"]["Int"];
                onRosters: components["schemas"]["Int"];
                recommended: components["schemas"]["Int"];
            };
            remaining?: components["schemas"]["Int"];
        };
        AdoptionCap: {
            insuredStaff: {
                base: components["schemas"]["Int"];
                percent: components["schemas"]["Int"];
                figure: components["schemas"]["Int"];
            };
            graduateHires: {
                base: components["schemas"]["Int"];
                percent: components["schemas"]["Int"];
                figure: components["schemas"]["Int"];
            };
            cap: components["schemas"]["Int"];
            /** @enum {string} */
            applies: "insured-staff" | "graduate-hires" | "both";
            /** @enum {boolean} */
            soft: true;
            citation: components["schemas"]["Citation"];
            ruling: components["schemas"]["Citation"];
        };
        Roster: {
            id: string;
            unitId: string;
            unitName: string;
            year: components["schemas"]["Int"];
            round: components["schemas"]["RosterRound"];
            /** @enum {string} */
            status: "draft" | "finalised";
            createdOn: components["schemas"]["CivilDate"];
            finalised?: {
                on: components["schemas"]["CivilDate"];
                by: string;
                figures: components["schemas"]["AdoptionCapInput"];
                cap: components["schemas"]["Int"];
                applies: string;
                yearTotal: components["schemas"]["Int"];
                overCap?: {
                    excess: components["schemas"]["Int"];
                    reason: string;
                };
            };
        };
        /** @enum {string} */
        RosterRound: "annual" | "first-half" | "second-half";
        RosterCreateRequest: {
            /** @description Text of at most 100 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            unitId: string;
            /**
             * between(2000, 2200)
             * @description a number between 2000 and 2200
             */
            year: components["schemas"]["Int"];
            round: components["schemas"]["RosterRound"];
        };
        RosterView: {
            roster: components["schemas"]["Roster"];
            entries: components["schemas"]["RosterEntryView"][];
            usage: components["schemas"]["AdoptionUsage"];
        };
        RosterEntryView: {
            id: string;
            seq: components["schemas"]["Int"];
            name: string;
            residentIdMasked: string;
            highestEducation: string;
            institution: string;
            major: string;
            contact: string;
            adoptionSpecialty: components["schemas"]["AdoptionSpecialty"];
            qualificationName: components["schemas"]["QualificationName"];
        };
        RosterEntryRequest: {
            /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
            name: string;
            residentId: components["schemas"]["ResidentId"];
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            highestEducation: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            institution: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            major: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            contact: string;
            adoptionSpecialty: components["schemas"]["AdoptionSpecialty"];
            qualificationName: components["schemas"]["QualificationName"];
        };
        RosterImportResult: {
            added: components["schemas"]["Int"];
            entries: string[];
        };
        RosterFinaliseRequest: {
            /** @description Text of at most 4000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            overCapReason?: string;
        };
        RosterPublic: {
            id: string;
            unitName: string;
            year: components["schemas"]["Int"];
            round: components["schemas"]["RosterRound"];
            /** @enum {string} */
            status: "draft" | "finalised";
            entries: components["schemas"]["RosterEntryPublic"][];
        };
        RosterEntryPublic: {
            name: string;
            employer: string;
            specialty: components["schemas"]["AdoptionSpecialty"];
            title: components["schemas"]["QualificationName"];
            /** @enum {string} */
            track: "adoption";
        };
        ApplicationView: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            id: string;
            edition: string;
            track: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            specialty: string;
            /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
            name: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            employer: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            unit: string;
            target?: components["schemas"]["ApplicationTarget"];
            /** @enum {string} */
            state: "draft" | "submitted" | "unit-reviewed" | "in-publicity" | "publicity-passed" | "objected" | "recommended" | "decided" | "certificate-issued" | "certificate-revoked" | "withdrawn";
            /** @enum {string} */
            outcome?: "approved" | "rejected";
            certificateNo?: string;
            notice?: string;
            recommendedOn?: components["schemas"]["CivilDate"];
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            createdBy: string;
            createdAt: string;
            updatedAt: string;
            version: components["schemas"]["Int"];
            profile: components["schemas"]["StoredProfile"];
            /** @description The states this application may move to next under its edition's procedure (a notice only where the text names a publicity step); each step is still checked when taken */
            next: ("draft" | "submitted" | "unit-reviewed" | "in-publicity" | "publicity-passed" | "objected" | "recommended" | "decided" | "certificate-issued" | "certificate-revoked" | "withdrawn")[];
        };
        ApplicationTarget: {
            /** @enum {string} */
            level: "junior" | "intermediate" | "associate-senior" | "full-senior";
            /** @enum {string} */
            grade?: "technician" | "assistant";
        };
        StoredProfile: {
            /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
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
        NewApplicationRequest: {
            profile: {
                residentId: components["schemas"]["ResidentId"];
                /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
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
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            edition: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            track: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            specialty: string;
            /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
            name?: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            employer: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            unit: string;
            target?: components["schemas"]["ApplicationTarget"];
        };
        ApplicationPage: {
            applications: components["schemas"]["ApplicationView"][];
            /** @description Pass as `after` for the next page; absent on the last page */
            next?: string;
        };
        Transition: {
            application: string;
            seq: components["schemas"]["Int"];
            from: ("draft" | "submitted" | "unit-reviewed" | "in-publicity" | "publicity-passed" | "objected" | "recommended" | "decided" | "certificate-issued" | "certificate-revoked" | "withdrawn") | null;
            /** @enum {string} */
            to: "draft" | "submitted" | "unit-reviewed" | "in-publicity" | "publicity-passed" | "objected" | "recommended" | "decided" | "certificate-issued" | "certificate-revoked" | "withdrawn";
            actor: components["schemas"]["Actor"];
            at: string;
            reason?: string;
            data: {
                [key: string]: unknown;
            };
        };
        Actor: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            id: string;
            /** @enum {string} */
            role: "public" | "enterprise-hr" | "clerk" | "committee" | "admin" | "system";
        };
        SubmitRequest: {
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason?: string;
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            earlyStartReason?: string;
        };
        StepRequest: {
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason?: string;
        };
        RecommendRequest: {
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason?: string;
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            overrideReason?: string;
        };
        DecideRequest: {
            /** @enum {string} */
            outcome: "approved" | "rejected";
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason?: string;
        };
        CertificateIssuedRequest: {
            /** @description Text of at most 100 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            certificateNo: string;
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason?: string;
        };
        RecordTargetRequest: {
            target: components["schemas"]["ApplicationTarget"];
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason: string;
        };
        OpenedNotice: {
            notice: components["schemas"]["Notice"];
            applications: components["schemas"]["ApplicationView"][];
        };
        Notice: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            id: string;
            edition: string;
            subjects: components["schemas"]["Subject"][];
            published: components["schemas"]["CivilDate"];
            start: components["schemas"]["CivilDate"];
            end: components["schemas"]["CivilDate"];
            rule: components["schemas"]["NoticeRule"];
            periodRule: components["schemas"]["Citation"][];
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            howToObject: string;
            /** @enum {string} */
            status: "open" | "closed";
            openedAt: string;
            openedBy: components["schemas"]["Actor"];
            closedAt?: string;
            closedBy?: components["schemas"]["Actor"];
        };
        Subject: {
            /** @enum {string} */
            kind: "application" | "roster-entry";
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            id: string;
            entry: components["schemas"]["PublicEntry"];
        };
        PublicEntry: {
            /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
            name: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            employer: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            specialty: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            title: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            track: string;
        };
        NoticeRule: {
            /**
             * positive
             * @description a positive number
             */
            amount: components["schemas"]["Int"];
            /** @enum {string} */
            unit: "calendar-days" | "working-days";
            countPublicationDay: boolean;
            /** @enum {string} */
            origin: "edition-setting" | "stated-by-publisher" | "default";
            citation: components["schemas"]["Citation"];
            objectionClause: components["schemas"]["Citation"];
        };
        OpenNoticeRequest: {
            /**
             * maxItems(1000)
             * @description an array of at most 1000 item(s)
             */
            applications: string[];
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            howToObject: string;
            published?: components["schemas"]["CivilDate"];
            end?: components["schemas"]["CivilDate"];
        };
        PublicNotice: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            notice: string;
            edition: string;
            published: components["schemas"]["CivilDate"];
            start: components["schemas"]["CivilDate"];
            end: components["schemas"]["CivilDate"];
            period: string;
            entries: components["schemas"]["PublicEntry"][];
            howToObject: string;
            clause: components["schemas"]["Citation"];
        };
        ObjectionReceipt: {
            objection: string;
            notice: string;
            entry: components["schemas"]["Int"];
            filedOn: components["schemas"]["CivilDate"];
            /** @enum {string} */
            status: "open" | "upheld" | "dismissed";
        };
        ObjectionRequest: {
            /**
             * between(1, 10000)
             * @description a number between 1 and 10000
             */
            entry: components["schemas"]["Int"];
            /** @description Text of at most 10000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            text: string;
            objector: {
                /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
                name?: string;
                /** @description Text of at most 500 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
                contact: string;
            };
        };
        Objection: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            id: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            notice: string;
            subject: {
                /** @enum {string} */
                kind: "application" | "roster-entry";
                /**
                 * minLength(1)
                 * @description a string at least 1 character(s) long
                 */
                id: string;
            };
            filedAt: string;
            filedOn: components["schemas"]["CivilDate"];
            /** @description Text of at most 10000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            text: string;
            objector: components["schemas"]["Objector"];
            /** @enum {string} */
            status: "open" | "upheld" | "dismissed";
            resolution?: components["schemas"]["Resolution"];
        };
        Objector: {
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            name?: string;
            /** @description Text of at most 500 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            contact: string;
        };
        Resolution: {
            /** @enum {string} */
            status: "upheld" | "dismissed";
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason: string;
            actor: components["schemas"]["Actor"];
            at: string;
        };
        ObjectionResolution: {
            objection: components["schemas"]["Objection"];
            application?: components["schemas"]["ApplicationView"];
        };
        ObjectionResolutionRequest: {
            /** @enum {string} */
            resolution: "upheld" | "dismissed";
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason: string;
        };
        CertificateView: {
            number: components["schemas"]["CertificateNo"];
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            applicationId: string;
            /** @description A person's name as written in China: Chinese characters (CJK Extension B included), the middle dot · of transliterated names (・ • ･ are written as ·), or Latin letters with spaces, hyphens and apostrophes; 1–50 characters; no emoji, control or bidirectional characters. */
            holderName: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            title: string;
            /** @enum {string} */
            level: "junior" | "intermediate" | "associate-senior" | "full-senior";
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            series: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            specialty: string;
            issuingBody: components["schemas"]["IssuingBody"];
            issuedOn: components["schemas"]["CivilDate"];
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            approvalNo: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            keyId: string;
            /** @enum {string} */
            algorithm: "Ed25519";
            payload: string;
            signature: string;
            /** @enum {string} */
            status: "valid" | "suspended" | "revoked";
            statusChange?: components["schemas"]["StatusChange"];
            batchId?: string;
            qr: string;
        };
        /** @description a string matching the pattern ^([A-Z0-9]{2,12})-(\d{4})-(\d{6})$ */
        CertificateNo: string;
        IssuingBody: {
            /** @description a string matching the pattern ^[A-Z0-9]{2,12}$ */
            code: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            name: string;
        };
        StatusChange: {
            on: components["schemas"]["CivilDate"];
            document?: string;
            reason?: string;
        };
        IssueCertificateRequest: {
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            application: string;
            /** @description Text of at most 100 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            approvalNo: string;
            issuingBody: {
                /** @description a string matching the pattern ^[A-Z0-9]{2,12}$ */
                code: string;
                /** @description Text of at most 100 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
                name: string;
            };
            /** @description Text of at most 50 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            title?: string;
            /** @enum {string} */
            level?: "junior" | "intermediate" | "associate-senior" | "full-senior";
            /** @description Text of at most 50 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            series?: string;
        };
        CertificateBatchRun: {
            batch: components["schemas"]["CertificateBatchProgress"];
            certificates: {
                application: string;
                number: string;
            }[];
        };
        CertificateBatchProgress: {
            id: string;
            total: components["schemas"]["Int"];
            issued: components["schemas"]["Int"];
            pending: components["schemas"]["Int"];
            /** @enum {string} */
            status: "open" | "done";
        };
        CertificateBatchRequest: {
            /** @description a string matching the pattern ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ */
            id?: string;
            /**
             * maxItems(500)
             * @description an array of at most 500 item(s)
             */
            applications: string[];
            /** @description Text of at most 100 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            approvalNo: string;
            issuingBody: {
                /** @description a string matching the pattern ^[A-Z0-9]{2,12}$ */
                code: string;
                /** @description Text of at most 100 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
                name: string;
            };
            /** @description Text of at most 50 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            title?: string;
            /** @enum {string} */
            level?: "junior" | "intermediate" | "associate-senior" | "full-senior";
            /** @description Text of at most 50 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            series?: string;
        };
        CertificatePublicView: {
            number: components["schemas"]["CertificateNo"];
            /** @enum {string} */
            status: "valid" | "suspended" | "revoked";
            title: string;
            /** @enum {string} */
            level: "junior" | "intermediate" | "associate-senior" | "full-senior";
            series: string;
            specialty: string;
            issuingBody: string;
            issuedOn: components["schemas"]["CivilDate"];
            approvalNo: string;
            statusOn?: components["schemas"]["CivilDate"];
            statusDocument?: string;
        };
        QrVerification: {
            /** @enum {boolean} */
            valid: true;
            /** @enum {string} */
            keyStatus: "active" | "retired";
            payload: components["schemas"]["CertificatePayload"];
            current?: components["schemas"]["CertificatePublicView"];
        };
        CertificatePayload: {
            /** @enum {number} */
            v: 1;
            /** @enum {string} */
            alg: "Ed25519";
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            kid: string;
            no: components["schemas"]["CertificateNo"];
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            name: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            title: string;
            /** @enum {string} */
            level: "junior" | "intermediate" | "associate-senior" | "full-senior";
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            series: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            specialty: string;
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            body: string;
            issued: components["schemas"]["CivilDate"];
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            approval: string;
        };
        VerifyQrRequest: {
            /** @description Text of at most 4096 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            qr: string;
        };
        SuspendCertificateRequest: {
            on: components["schemas"]["CivilDate"];
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            document?: string;
        };
        ReinstateCertificateRequest: {
            on: components["schemas"]["CivilDate"];
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason?: string;
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            document?: string;
        };
        RevokeCertificateRequest: {
            on: components["schemas"]["CivilDate"];
            /** @description Text of at most 200 characters, one line; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            document: string;
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason: string;
            fraud?: {
                foundOn: components["schemas"]["CivilDate"];
                /**
                 * between(1990, 2100)
                 * @description a number between 1990 and 2100
                 */
                evaluationYear?: components["schemas"]["Int"];
            };
        };
        KeySet: {
            keys: components["schemas"]["PublishedKey"][];
        };
        PublishedKey: {
            kty: string;
            crv: string;
            x: string;
            y?: string;
            kid: string;
            /** @enum {string} */
            alg: "EdDSA";
            /** @enum {string} */
            use: "sig";
            /** @enum {string} */
            status: "active" | "retired" | "compromised";
            revokedAt?: string;
            revokedReason?: string;
        };
        SigningKeyInfo: {
            /**
             * minLength(1)
             * @description a string at least 1 character(s) long
             */
            kid: string;
            /** @enum {string} */
            algorithm: "Ed25519";
            publicJwk: components["schemas"]["PublicJwk"];
            publicPem: string;
            /** @enum {string} */
            status: "active" | "retired" | "compromised";
            createdAt: string;
            retiredAt?: string;
            revokedAt?: string;
            revokedReason?: string;
        };
        PublicJwk: {
            kty: string;
            crv: string;
            x: string;
            y?: string;
        };
        RevokeSigningKeyRequest: {
            /** @description Text of at most 2000 characters, line breaks allowed; no control characters, bidirectional overrides or unpaired surrogates (NFC, trimmed). */
            reason: string;
        };
        AuditChainHead: {
            count: components["schemas"]["Int"];
            head: string;
        };
        AuditPage: {
            entries: components["schemas"]["AuditEntry"][];
            next?: components["schemas"]["Int"];
        };
        AuditEntry: {
            seq: components["schemas"]["Int"];
            at: string;
            actor: components["schemas"]["Actor"];
            action: string;
            subject: string;
            data: {
                [key: string]: unknown;
            };
            prevHash: string;
            hash: string;
        };
        TrainingClock: {
            /** @enum {boolean} */
            training: true;
            trainingDay: components["schemas"]["CivilDate"];
            realDay: components["schemas"]["CivilDate"];
            offsetDays: components["schemas"]["Int"];
        };
        TrainingClockMove: {
            /**
             * between(1, 3650)
             * @description a number between 1 and 3650
             */
            days: components["schemas"]["Int"];
        } | {
            to: components["schemas"]["CivilDate"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    summarizeEligibility: {
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
            /** @description The answers in brief */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilitySummary"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    listPilotUnits: {
        parameters: {
            query: {
                year: string;
                status?: "applied" | "recommended" | "not-recommended" | "selected" | "not-selected" | "exited";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public views, oldest application first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnitPublic"][];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    applyPilotUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PilotUnitApplyRequest"];
            };
        };
        responses: {
            /** @description The application as recorded (contacts included: the caller's own input) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnit"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    getPilotUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnitPublic"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    getPilotUnitRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnitRecord"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    recommendPilotUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PilotUnitRecommendationRequest"];
            };
        };
        responses: {
            /** @description The unit, recommended or not-recommended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnit"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    selectPilotUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PilotUnitSelectionRequest"];
            };
        };
        responses: {
            /** @description The selected unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnit"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    declinePilotUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PilotUnitDeclineRequest"];
            };
        };
        responses: {
            /** @description The unit, not-selected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnit"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    reviewPilotUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PilotUnitReviewRequest"];
            };
        };
        responses: {
            /** @description The review and the unit after it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnitReviewResult"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    exitPilotUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PilotUnitExitRequest"];
            };
        };
        responses: {
            /** @description The exited unit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PilotUnit"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    recordAdoptionFigures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptionCapInput"];
            };
        };
        responses: {
            /** @description The figures as recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionFigures"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    getAdoptionUsage: {
        parameters: {
            query?: {
                edition?: string;
            };
            header?: never;
            path: {
                id: string;
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Figures, cap and count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionUsage"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    createRoster: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterCreateRequest"];
            };
        };
        responses: {
            /** @description The draft roster */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Roster"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    getRoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    addRosterEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterEntryRequest"];
            };
        };
        responses: {
            /** @description The entry as staff see it (ID number masked) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterEntryView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    removeRosterEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    importRoster: {
        parameters: {
            query?: {
                fileName?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            };
        };
        responses: {
            /** @description The entries added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportResult"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    exportRoster: {
        parameters: {
            query: {
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roster file (text/csv, or XLSX for format=xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    finaliseRoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterFinaliseRequest"];
            };
        };
        responses: {
            /** @description The finalised roster */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Roster"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    getRosterPublic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterPublic"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    listApplications: {
        parameters: {
            query?: {
                state?: "draft" | "submitted" | "unit-reviewed" | "in-publicity" | "publicity-passed" | "objected" | "recommended" | "decided" | "certificate-issued" | "certificate-revoked" | "withdrawn";
                edition?: string;
                unit?: string;
                after?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching applications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    createApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewApplicationRequest"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    applicationHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transitions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transition"][];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    submitApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitRequest"];
            };
        };
        responses: {
            /** @description The submitted application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    unitReviewApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The reviewed application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    passPublicity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    markApplicationObjected: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    recommendApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendRequest"];
            };
        };
        responses: {
            /** @description The recommended application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    decideApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideRequest"];
            };
        };
        responses: {
            /** @description The decided application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    markCertificateIssued: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateIssuedRequest"];
            };
        };
        responses: {
            /** @description The application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    recordApplicationTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordTargetRequest"];
            };
        };
        responses: {
            /** @description The application with its level sought */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    withdrawApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The withdrawn application */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    listCurrentPublicityNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running notices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notices: components["schemas"]["PublicNotice"][];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    openPublicityNotice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenNoticeRequest"];
            };
        };
        responses: {
            /** @description The notice and the applications on it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenedNotice"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    getPublicityNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicNotice"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    listObjections: {
        parameters: {
            query?: {
                status?: "open" | "upheld" | "dismissed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The objections */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Objection"][];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    fileObjection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionRequest"];
            };
        };
        responses: {
            /** @description The objection's receipt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionReceipt"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    resolveObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionResolutionRequest"];
            };
        };
        responses: {
            /** @description The resolved objection (and the application, when it moved) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionResolution"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    closePublicityNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closed notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notice"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    issueCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificateRequest"];
            };
        };
        responses: {
            /** @description The certificate */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    createCertificateBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateBatchRequest"];
            };
        };
        responses: {
            /** @description The batch and the certificates issued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateBatchRun"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    getCertificateBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The progress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateBatchProgress"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    resumeCertificateBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch and the certificates issued now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateBatchRun"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    verifyCertificate: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePublicView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    verifyCertificateQr: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyQrRequest"];
            };
        };
        responses: {
            /** @description The signed fields */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QrVerification"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
            403: {
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
    getCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: components["schemas"]["CertificateNo"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    certificatePdf: {
        parameters: {
            query?: {
                name?: string;
            };
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    suspendCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                number: components["schemas"]["CertificateNo"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendCertificateRequest"];
            };
        };
        responses: {
            /** @description The certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    reinstateCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                number: components["schemas"]["CertificateNo"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReinstateCertificateRequest"];
            };
        };
        responses: {
            /** @description The certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    revokeCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                number: components["schemas"]["CertificateNo"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateRequest"];
            };
        };
        responses: {
            /** @description The revoked certificate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateView"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    listSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeySet"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    rotateSigningKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new key's public half */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyInfo"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    revokeSigningKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key return the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                kid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeSigningKeyRequest"];
            };
        };
        responses: {
            /** @description The revoked key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyInfo"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    certificateCheckPage: {
        parameters: {
            query?: {
                name?: string;
            };
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The chain is intact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditChainHead"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Refused by a rule or the record's state; `clause` names the rule */
            409: {
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
    listAuditEntries: {
        parameters: {
            query?: {
                after?: string;
                limit?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    getTrainingClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The training clock */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingClock"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
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
    advanceTrainingClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingClockMove"];
            };
        };
        responses: {
            /** @description The training clock after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingClock"];
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
            /** @description The key's role may not call this operation, or the key is bound to another pilot unit (`errors` names the field) */
            403: {
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
}
