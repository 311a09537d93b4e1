// Generated from the multi-user OpenAPI document (src/http/multi-user routes) by scripts/api-types.ts: do not edit; run `npm run api-types`.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace: how many contacts, how many in market, the active market */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts with their target-market fit, searched, filtered, sorted and paged */
        get: operations["listContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact and their history: fit with reasons, ties explained, job changes, interactions, needs, offers, referrals, introductions, cadence */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit fields (edited fields are kept on re-import), replace or add/remove tags, rate */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/contacts/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that two contacts know each other (or remove that link): a tie the exports cannot show */
        post: operations["linkContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active target market (its YAML and the parsed market) and every saved market */
        get: operations["listTargets"];
        /** Validate a market definition (YAML), save it and make it active; a 400 lists every problem by line */
        put: operations["setTarget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target/suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates for a market from your own network (companies, functions, seniorities, industries, places with counts) and a first market built from them */
        get: operations["suggestTarget"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target/vocabulary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** LinkedIn's job functions, seniorities and industries (Industry Codes V2) a market may name, and the defaults */
        get: operations["targetVocabulary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many contacts a draft market puts in market, without saving it; an incomplete draft answers its problems (by field) and no preview */
        post: operations["previewTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target/market": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a draft market (the target-file shape, as JSON) as the active market: stored as the YAML `target set` stores; a 400 lists every problem by field */
        put: operations["setTargetMarket"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target/use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a saved market the active one */
        post: operations["useTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The market report: quantity, quality, coverage, breadth, growth, job changes
         * @description Send "Cache-Control: max-stale" to take the last report while a write's rescoring runs instead of waiting for it (Referable-Data-Version and Referable-Stale say what you got).
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of the target companies by seniority, the white space, and breadth: "don't tap the same 5 wells" */
        get: operations["getCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/{company}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone at one company (any spelling), strongest tie first: who can open the door */
        get: operations["getCompanyCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/paths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The most probable warm-introduction paths to a person or anyone at a company, each hop explained */
        get: operations["findWarmPaths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Word of mouth from you (independent cascade, with confidence intervals), what-ifs side by side, who to ask first */
        post: operations["simulateReach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The network to draw: you plus the best-fitting, best-connected people (in-market first), and the ties among them */
        get: operations["getGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/graph/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole network for other tools: GraphML (Gephi, igraph), node-link JSON (networkx) or a TSV edge list */
        get: operations["exportGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Past imports, newest first, with their counts */
        get: operations["listImports"];
        put?: never;
        /** Import a file sent as the raw request body (up to 100 MB): a LinkedIn export ZIP or CSV, Google or Outlook CSV, vCard, any CSV */
        post: operations["importFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How far the import in progress has got (rows written of the total); the upload itself is measured by the client */
        get: operations["getImportProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a JSON backup of everything (restore it with POST /api/restore) or the contacts as CSV (formula-safe) */
        get: operations["exportBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the workspace with a backup sent as the raw body, in one transaction (refused over existing data unless replace=true) */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts' needs (open by default), newest first */
        get: operations["listNeeds"];
        put?: never;
        /** Record what a contact needs help with ("their team struggles with a SOC 2 audit") */
        post: operations["addNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a need (solved, or no longer relevant) */
        post: operations["closeNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What contacts can help with: stated offers first, then offers derived from positions, skills, endorsements, tags */
        get: operations["listOffers"];
        put?: never;
        /** State what a contact can help with */
        post: operations["addOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a stated offer */
        post: operations["closeOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intros/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The best introductions to make now, with reasons (same as `referable intros suggest --json`) */
        get: operations["suggestIntros"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Introductions, most recently changed first, optionally in one state or with one contact (as seeker or helper) */
        get: operations["listIntros"];
        put?: never;
        /** Propose an introduction: for a need (the seeker is its contact) or between two named people */
        post: operations["proposeIntro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intros/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One introduction with its history, next states and the draft message for the next step */
        get: operations["getIntro"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intros/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an introduction on (asked-seeker, asked-helper, made, closed, declined); impossible moves are refused */
        post: operations["advanceIntro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referral ledger (append-only), optionally for one contact */
        get: operations["listLedger"];
        put?: never;
        /** Record a referral given or received */
        post: operations["addLedgerEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A later outcome of a referral (meeting, interview, offer, hire, deal), appended as a new entry */
        post: operations["recordLedgerOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Given vs received overall, per contact and per month */
        get: operations["getLedgerBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/thanks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thank-yous owed: referrals received (or good outcomes) not yet thanked */
        get: operations["listThanksDue"];
        put?: never;
        /** Record a thank-you sent to a contact (settles what was owed to them) */
        post: operations["recordThanks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referability index 0-100 in four pillars, each explained with next actions (saves today's snapshot, like the CLI) */
        get: operations["getReferabilityIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily snapshots of the index */
        get: operations["getReferabilityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This week's plan (or ?week=next). The first look of a week makes it (and stores it); a new budget or a replan is POST /api/plan */
        get: operations["getPlan"];
        put?: never;
        /** Replan the week (what is not done yet), with a new budget in minutes or the current one */
        post: operations["makePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/items/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick an item off: records the interaction(s) (resets cadence, strengthens the tie); an introduction moves into the double opt-in */
        post: operations["completePlanItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/items/{id}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Skip an item this week */
        post: operations["skipPlanItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Planned vs done this week (or ?week=), minutes spent, in-market connections gained, intros given, streak */
        get: operations["getPlanReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's open items as time blocks in an iCalendar (.ics) file, from now on (never in the past) */
        get: operations["getPlanCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a touch with a contact (a message, call, coffee chat...): resets their cadence and strengthens the tie */
        post: operations["logInteraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadence/losing-touch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** In-market contacts past their cadence tier: lapsed relationships first, then people never in touch since connecting; each group by market fit, then the longest overdue */
        get: operations["listLosingTouch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The content ledger (created and shared, newest first) with the go-to score for your focus topics */
        get: operations["getContent"];
        put?: never;
        /** Add a piece you created or shared */
        post: operations["addContent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/content/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The in-market contacts a piece (by URL) or a topic is most relevant to, with reasons */
        get: operations["suggestContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace settings: the YAML you set (empty for defaults) and the effective values */
        get: operations["getSettings"];
        /** Replace the settings with YAML text (validated first; an invalid text changes nothing; empty restores defaults) */
        put: operations["setSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in (by cookie or token) */
        get: operations["getSession"];
        put?: never;
        /** Sign in: sets an HttpOnly session cookie (a new one every time) and returns the CSRF token */
        post: operations["signIn"];
        /** Sign out: ends the session and clears its cookies */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspaces the caller may see: their own (name one as ?workspace= on every other route), and members' they oversee, read-only through GET /api/cohorts/{cohort}/members/{workspace} as far as the member consents */
        get: operations["listWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's personal API tokens (never the tokens themselves) */
        get: operations["listTokens"];
        put?: never;
        /** Make a personal API token: the answer holds it, once */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a cohort with a one-time invitation token: sets your password (new account) or checks it, and signs you in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What you share with each of your cohorts, and what each level shows to whom */
        get: operations["listConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change what you share with a cohort, and from which of your workspaces: takes effect in every pooled view at once, and is audited */
        put: operations["setCohortConsent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/pooled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cohort's pooled view: every teammate who shares, as far as they share (nothing of one who shares nothing) */
        get: operations["getPooledView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/members/{workspace}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A coach's read-only view of one member's workspace, as far as the member consents to this cohort */
        get: operations["getMemberView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/warm-paths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teammates who know people at your target companies (or ?company=), described by role; names come only with an accepted path request */
        get: operations["listPooledWarmPaths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your 1-hop and 2-hop reach through the cohort, counted as far as each teammate consents */
        get: operations["getPooledReach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/path-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Path requests you sent or received, newest first, with their history */
        get: operations["listPathRequests"];
        put?: never;
        /** Ask a teammate for an introduction at a company (the message is drafted from the template when left out); expires after 14 days */
        post: operations["createPathRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/path-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a path request: reveals your people at the company to the seeker and records it in both ledgers */
        post: operations["acceptPathRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/path-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a path request (nothing is revealed) */
        post: operations["declinePathRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/path-requests/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a path request you sent */
        post: operations["withdrawPathRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The coach's cohort page: each member's numbers as far as their consent allows, who has stalled, sorted by any column */
        get: operations["getCohortPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cohort's pooled coverage of target companies: who can reach each, with contacts' names only from members who share contacts */
        get: operations["getCohortCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The outcome report for outplacement clients: referrals → interviews → offers → hires, referral vs cold (JSON, CSV or a self-contained HTML page); audited as an export */
        get: operations["getCohortOutcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a cohort in an organisation (a new one, or one where you own or coach a cohort): you become its owner */
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is in the cohort, with their roles, and the invitations still open (for the cohort's owners, coaches and viewers) */
        get: operations["getCohortRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone by email with a role: the answer holds the one-time link (valid 14 days), once; audited */
        post: operations["inviteToCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/memberships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take someone out of the cohort (their account and workspace stay; what they shared with it stops at once); audited */
        delete: operations["removeCohortMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{cohort}/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel an open invitation: its link stops working at once; audited */
        delete: operations["cancelCohortInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @example NOT_FOUND */
                code: string;
                /** @example no contact matches "Ann Lee" */
                message: string;
                details?: {
                    [key: string]: unknown;
                };
                action?: components["schemas"]["NextAction"];
            };
        };
        /** @description the step that resolves it: words, the CLI command, the dashboard page */
        NextAction: {
            /** @description what to do, in words that name no shell */
            text: string;
            /** @description the CLI command that does it */
            command?: string;
            /**
             * @description the dashboard path where it is done (after the '#')
             * @example /intros#suggestions
             */
            link?: string;
        };
        Workspace: {
            workspace: string;
            /** @enum {string} */
            database: "sqlite" | "postgres";
            contacts: number;
            /** @description whose network this is; null before the first import */
            me: {
                id: string;
                name: string;
            } | null;
            /** @description null without an active target market */
            inMarket: number | null;
            activeMarket: string | null;
            /** @description changes after every write through the API */
            dataVersion: number;
        };
        ContactItem: {
            id: string;
            name: string;
            company: string;
            title: string;
            location: string;
            linkedinUrl: string;
            emails: string[];
            connectedOn: string;
            tags: string[];
            rating: number | null;
            seniority: string;
            function: string;
            /** @description target-market fit 0-100 (0 without an active market) */
            fit: number;
            inMarket: boolean;
            fitReasons: string[];
            /** @description strength of my tie 0-1; null for a prospect */
            strength: number | null;
            targetCompany: string | null;
        };
        ContactHistory: {
            contact: components["schemas"]["ContactDetail"];
            /** @description the market fit is measured against; null when none is set (fit is then 0) */
            activeMarket: string | null;
            market: {
                /** @description target-market fit 0-100 (0 without an active market) */
                fit: number;
                inMarket: boolean;
                fitReasons: string[];
                seniority: string;
                function: string;
                /** @description strength of my tie 0-1; null for a prospect */
                strength: number | null;
                targetCompany: string | null;
            };
            ties: components["schemas"]["ContactTie"][];
            /** @description newest first */
            events: components["schemas"]["ContactEvent"][];
            /** @description newest first */
            interactions: components["schemas"]["Interaction"][];
            /** @description open needs first, then closed; newest first within each */
            needs: components["schemas"]["Need"][];
            /** @description stated offers first, then offers derived from imports, each with its source */
            offers: components["schemas"]["Offer"][];
            /** @description ledger events with this contact on either side, newest first */
            referrals: components["schemas"]["LedgerEntry"][];
            /** @description introductions where they are the seeker or the helper, most recently changed first */
            introductions: components["schemas"]["Introduction"][];
            cadence: components["schemas"]["Cadence"];
        };
        ContactDetail: components["schemas"]["ContactSummary"] & {
            phones: string[];
            industry: string;
            notes: string;
            source: string;
            /** @description fields edited by hand, kept when a newer export is imported */
            lockedFields: string[];
            firstSeen: string;
            updatedAt: string;
        };
        ContactSummary: {
            id: string;
            name: string;
            firstName: string;
            lastName: string;
            company: string;
            title: string;
            location: string;
            linkedinUrl: string;
            emails: string[];
            connectedOn: string;
            tags: string[];
            rating: number | null;
        };
        ContactTie: {
            /** @description whose tie: "me" or a teammate */
            member: string;
            kind: string;
            connectedOn: string;
            signals: {
                [key: string]: unknown;
            };
            strength: number;
            strengthReasons: {
                signal: string;
                detail: string;
                contribution: number;
            }[];
        };
        /** @description a job or title change seen between two imports */
        ContactEvent: {
            id: string;
            contactId: string;
            /** @enum {string} */
            kind: "job_change" | "title_change";
            before: {
                company: string;
                title: string;
            };
            after: {
                company: string;
                title: string;
            };
            observedAt: string;
            importId: string;
        };
        Interaction: {
            id: string;
            kind: string;
            minutes: number;
            note: string;
            occurredAt: string;
            /** @description logged (by hand), plan (a ticked-off plan item), or the import it came from */
            source: string;
        };
        Need: {
            id: string;
            text: string;
            topic: string;
            deadline: string;
            /** @enum {string} */
            status: "open" | "closed";
            closeNote: string;
            createdAt: string;
            closedAt: string;
            contact: components["schemas"]["Party"];
        };
        Party: {
            id: string;
            name: string;
            company: string;
            title: string;
        };
        Offer: {
            /** @description null for an offer derived from imports */
            id: string | null;
            text: string;
            /** @enum {string} */
            source: "stated" | "skills" | "endorsements" | "tags" | "position" | "past-position";
            /** @enum {string} */
            status: "open" | "closed";
            createdAt: string;
            closedAt: string;
            contact: components["schemas"]["Party"];
        };
        LedgerEntry: {
            id: string;
            /** @enum {string} */
            direction: "given" | "received";
            /** @enum {string} */
            kind: "intro" | "job" | "client" | "advice" | "other";
            contactId: string;
            contactName: string;
            otherContactId: string;
            otherName: string;
            company: string;
            outcome: string;
            latestOutcome: string;
            note: string;
            occurredOn: string;
            recordedAt: string;
            follows: string;
            introId: string;
        };
        Introduction: {
            id: string;
            /** @enum {string} */
            state: "suggested" | "asked-seeker" | "asked-helper" | "made" | "closed" | "declined" | "expired";
            /** @enum {string} */
            recordedState: "suggested" | "asked-seeker" | "asked-helper" | "made" | "closed" | "declined" | "expired";
            need: {
                id: string;
                text: string;
                topic: string;
            } | null;
            seeker: components["schemas"]["Party"];
            helper: components["schemas"]["Party"];
            outcome: string;
            history: {
                /** @enum {string} */
                state: "suggested" | "asked-seeker" | "asked-helper" | "made" | "closed" | "declined" | "expired";
                at: string;
                note: string;
            }[];
            createdAt: string;
            updatedAt: string;
        };
        /** @description null for a prospect (no tie of yours to keep warm) or when no cadence tier applies */
        Cadence: {
            tier: string;
            idealDays: number;
            maxDays: number;
            /** @description the latest touch (ISO timestamp or day): an interaction, a message, or the day you connected; '' when none */
            lastTouch: string;
            daysSinceLastTouch: number | null;
            /**
             * @description ok: within idealDays; due: past idealDays; losing-touch: past maxDays or never touched
             * @enum {string}
             */
            state: "ok" | "due" | "losing-touch";
            /** @description YYYY-MM-DD the next touch is ideally due */
            dueOn: string;
        } | null;
        ContactPatch: {
            firstName?: string;
            lastName?: string;
            company?: string;
            title?: string;
            location?: string;
            industry?: string;
            linkedinUrl?: string;
            notes?: string;
            email?: string;
            phone?: string;
            /** @description the full set of tags (replaces them) */
            tags?: string[];
            addTags?: string[];
            removeTags?: string[];
            /** @description 1 (barely know them) to 5 (would vouch for me); null clears it */
            rating?: number | null;
        };
        Targets: {
            active: components["schemas"]["TargetMarket"];
            markets: {
                id: string;
                name: string;
                active: boolean;
                updatedAt: string;
            }[];
        };
        TargetMarket: {
            id: string;
            name: string;
            active: boolean;
            /** @description the YAML as written */
            definition: string;
            market: {
                name: string;
                threshold: number;
            } & {
                [key: string]: unknown;
            };
        } | null;
        MarketSuggestion: {
            contacts: number;
            candidates: {
                companies: {
                    value: string;
                    /** @description contacts with this value */
                    count: number;
                    /** @description from the user's own profile */
                    yours: boolean;
                }[];
                functions: {
                    value: string;
                    /** @description contacts with this value */
                    count: number;
                    /** @description from the user's own profile */
                    yours: boolean;
                }[];
                seniorities: {
                    value: string;
                    /** @description contacts with this value */
                    count: number;
                    /** @description from the user's own profile */
                    yours: boolean;
                }[];
                industries: {
                    value: string;
                    /** @description contacts with this value */
                    count: number;
                    /** @description from the user's own profile */
                    yours: boolean;
                }[];
                locations: {
                    value: string;
                    /** @description contacts with this value */
                    count: number;
                    /** @description from the user's own profile */
                    yours: boolean;
                }[];
                currentEmployer: string | null;
            };
            draft: components["schemas"]["MarketDraft"];
            preview: components["schemas"]["MarketPreview"];
        };
        /**
         * @description a first market built from the candidates; null with no contacts
         * @example {
         *       "name": "Product in London",
         *       "companies": [
         *         {
         *           "name": "Ledgerlark",
         *           "tier": 1
         *         }
         *       ],
         *       "functions": [
         *         "Product Management"
         *       ],
         *       "seniorities": [
         *         "Manager",
         *         "Director"
         *       ]
         *     }
         */
        MarketDraft: {
            [key: string]: unknown;
        } | null;
        MarketPreview: {
            connections: number;
            /** @description connections this market puts in market: the count the report will show */
            inMarket: number;
            inMarketShare: number;
            inMarketProspects: number;
            goal: number;
            goalProgress: number;
            coveredCompanies: number;
            targetCompanies: number;
            /** @description connections at each target company with anyone */
            companyConnections: {
                [key: string]: number;
            };
            /** @description connections each dimension gives points to */
            matches: {
                company: number;
                function: number;
                seniority: number;
                industry: number;
                location: number;
                keywords: number;
            };
        } | null;
        MarketVocabulary: {
            functions: string[];
            seniorities: string[];
            industries: {
                id: number;
                label: string;
                path: string[];
            }[];
            defaults: {
                threshold: number;
                weights: {
                    [key: string]: number;
                };
                goals: {
                    inMarketConnections: number;
                    coveredCompanies: number;
                };
            };
        };
        MarketDraftPreview: {
            issues: components["schemas"]["MarketIssue"][];
            preview: components["schemas"]["MarketPreview"];
        };
        MarketIssue: {
            file: string;
            line?: number;
            /** @description the field to fix, as "functions[0]" */
            field?: string;
            reason: string;
            severity: string;
        };
        /** @description the same JSON as `referable report --json` */
        MarketReport: {
            market: {
                name: string;
                threshold: number;
            };
            asOf: string;
            quantity: {
                totalConnections: number;
                inMarket: number;
                inMarketShare: number;
                goal: number;
                goalProgress: number;
                /** @description in-market people you are not connected to yet (from prospect lists) */
                inMarketProspects: number;
            };
            quality: {
                bands: {
                    label: string;
                    min: number;
                    max: number;
                    count: number;
                }[];
                /** @description ten equal-width bins of strength 0-1 */
                histogram: number[];
                medianStrength: number;
                meanStrength: number;
                /** @enum {string} */
                quadrant: "few-weak" | "few-strong" | "many-weak" | "many-strong";
                advice: string;
                /** @description where the quadrant splits: median strength for "warm", share of the goal for "many" */
                thresholds: {
                    warmMedian: number;
                    largeShare: number;
                };
            };
            coverage: {
                companies: ({
                    name: string;
                    tier: number;
                    contacts: number;
                } & {
                    [key: string]: unknown;
                })[];
                whiteSpace: string[];
                coverageRate1: number;
                coverageRate3: number;
                covered: number;
                goal: number;
            };
            breadth: {
                top5Share: number;
                effectiveCompanies: number;
                distinctCompanies: number;
                topCompanies: {
                    name: string;
                    count: number;
                    share: number;
                }[];
            };
            growth: {
                /** @description the goal's date (YYYY-MM-DD), or '' when it has none */
                goalBy: string;
                months: {
                    month: string;
                    added: number;
                    cumulative: number;
                }[];
                recentPerMonth: number;
                neededPerMonth: number;
                monthsToGoal: number | null;
            };
            jobChanges: {
                contactId: string;
                name: string;
                from: {
                    company: string;
                    title: string;
                };
                to: {
                    company: string;
                    title: string;
                };
                observedAt: string;
                intoTarget: boolean;
            }[];
            jobChangesTotal: number;
        };
        Coverage: {
            /** @description every target company, by tier, then most contacts first */
            companies: {
                name: string;
                tier: number;
                /** @description connected contacts at the company */
                contacts: number;
                /** @description people there you are not connected to yet */
                prospects: number;
                /** @description connected contacts by seniority, in LinkedIn's ladder order; levels with nobody are left out */
                bySeniority: {
                    [key: string]: number;
                };
                /** @description the strongest tie there: the best door in */
                strongest: {
                    contactId: string;
                    name: string;
                    title: string;
                    strength: number;
                } | null;
            }[];
            /** @description target companies where you know nobody yet (in the same order) */
            whiteSpace: string[];
            /** @description share of target companies with at least one contact */
            coverageRate1: number;
            /** @description share with at least three */
            coverageRate3: number;
            covered: number;
            /** @description the market's goal for covered companies */
            goal: number;
            breadth: {
                /** @description share of in-market contacts at the 5 companies holding most of them */
                top5Share: number;
                /** @description 1 / HHI: as spread as this many equal companies */
                effectiveCompanies: number;
                distinctCompanies: number;
                topCompanies: {
                    name: string;
                    count: number;
                    share: number;
                }[];
            };
        };
        /** @description the same JSON as `referable path --json` */
        WarmPaths: {
            target: {
                /** @enum {string} */
                kind: "company" | "person";
                name: string;
                people: number;
            };
            paths: {
                probability: number;
                hops: {
                    from: {
                        id: string;
                        name: string;
                        company: string;
                        title: string;
                    };
                    to: {
                        id: string;
                        name: string;
                        company: string;
                        title: string;
                    };
                    kind: string;
                    probability: number;
                    why: string;
                }[];
            }[];
            suggestion: string;
        };
        /** @description the same JSON as `referable reach --json` */
        Reach: {
            name: string;
            description: string;
            /** @description simulated asks behind this block's figures (sampling stops once they are precise enough, see precision) */
            runs: number;
            expectedInMarket: {
                mean: number;
                low: number;
                high: number;
                stdErr: number;
            };
            expectedCompanies: {
                mean: number;
                low: number;
                high: number;
                stdErr: number;
            };
            expectedReached: {
                mean: number;
                low: number;
                high: number;
                stdErr: number;
            };
            /** @description the most simulated asks any block may use (runs in the request) */
            runsCap: number;
            /** @description sampling stopped once every 95% interval was within ±relative of its mean or ±absolute; null when exactly runsCap asks were run (fixedRuns) */
            precision: {
                relative: number;
                absolute: number;
            } | null;
            seed: number;
            p: number | null;
            firstDegree: {
                people: number;
                inMarket: number;
                companies: number;
            };
            secondDegree: {
                people: number;
                inMarket: number;
                companies: number;
            };
            /**
             * @description what askFirst's gains count: in-market people, or everyone reached when no market is set
             * @enum {string}
             */
            askFirstCounts: "in-market" | "everyone";
            scenarios: {
                name: string;
                description: string;
                /** @description simulated asks behind this block's figures (sampling stops once they are precise enough, see precision) */
                runs: number;
                expectedInMarket: {
                    mean: number;
                    low: number;
                    high: number;
                    stdErr: number;
                };
                expectedCompanies: {
                    mean: number;
                    low: number;
                    high: number;
                    stdErr: number;
                };
                expectedReached: {
                    mean: number;
                    low: number;
                    high: number;
                    stdErr: number;
                };
            }[];
            askFirst: {
                id: string;
                name: string;
                company: string;
                title: string;
                marginalGain: number;
            }[];
        } & {
            [key: string]: unknown;
        };
        Graph: {
            nodes: {
                id: string;
                label: string;
                company: string;
                /** @description the company folded as everywhere in Referable (case, accents, legal forms such as S.A., GmbH, Inc.): nodes with the same key work at the same company */
                companyKey: string;
                seniority: string;
                function: string;
                fit: number;
                inMarket: boolean;
                isMe: boolean;
                degree: number;
            }[];
            edges: {
                source: string;
                target: string;
                kind: string;
                weight: number;
            }[];
            totalNodes: number;
            totalEdges: number;
        };
        /** @description the same JSON as `referable import --json` */
        ImportReport: {
            importId: string;
            /** @description the files read from an archive (one for a single file) */
            filesRead: string[];
            file: string;
            source: string;
            member: string;
            dryRun: boolean;
            added: number;
            updated: number;
            unchanged: number;
            skipped: number;
            jobChanges: number;
            contentAdded: number;
            issues: ({
                file: string;
                line?: number;
                field?: string;
                reason: string;
                /** @enum {string} */
                severity: "error" | "warning" | "info";
                count?: number;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        ImportHistoryEntry: {
            id: string;
            fileName: string;
            source: string;
            /** @description "me" or the teammate whose export it was */
            member: string;
            startedAt: string;
            finishedAt: string;
            added: number;
            updated: number;
            unchanged: number;
            skipped: number;
            errors: number;
            warnings: number;
        };
        ImportProgress: {
            running: boolean;
            file: string | null;
            phase: string | null;
            done: number;
            total: number;
        };
        IntroSuggestion: {
            need: {
                id: string;
                text: string;
                topic: string;
                deadline: string;
                contact: {
                    id: string;
                    name: string;
                };
            };
            helper: {
                id: string;
                name: string;
                company: string;
                title: string;
            };
            score: number;
            reasons: string[];
            matchedTerms: string[];
            parts: {
                relevance: number;
                helperTie: number;
                seekerTie: number;
                fit: number;
                urgency: number;
                rotation: number;
            };
        };
        IntroDraft: {
            step: {
                template: string;
                /**
                 * @description who the message goes to
                 * @enum {string}
                 */
                to: "seeker" | "helper" | "both";
                /**
                 * @description the state to record once it is sent
                 * @enum {string|null}
                 */
                then: "suggested" | "asked-seeker" | "asked-helper" | "made" | "closed" | "declined" | "expired" | null;
                label: string;
            };
            /** @description the message, ready to copy and send */
            text: string;
            /** @description placeholders left unfilled */
            unfilled: string[];
        } | null;
        LedgerBalance: {
            /** @description the contact asked for, or null for the whole ledger */
            contact: {
                id: string;
                name: string;
            } | null;
            overall: {
                given: number;
                received: number;
                /** @description given - received: above zero you have given more than you received */
                balance: number;
            };
            perContact: {
                given: number;
                received: number;
                /** @description given - received: above zero you have given more than you received */
                balance: number;
                contactId: string;
                name: string;
                lastOn: string;
            }[];
            /** @description the last 12 months, oldest first */
            months: {
                month: string;
                given: number;
                received: number;
                cumulativeBalance: number;
            }[];
            thankYousOwed: number;
        };
        ThankYouDue: {
            contactId: string;
            name: string;
            eventId: string;
            occurredOn: string;
            /** @enum {string} */
            kind: "intro" | "job" | "client" | "advice" | "other";
            company: string;
            outcome: string;
        };
        ReferabilityIndex: {
            score: number;
            asOf: string;
            market: string;
            pillars: components["schemas"]["IndexPillar"][];
            /** @description the single most useful step: the first action of the pillar furthest from full */
            nextAction: components["schemas"]["NextAction"] | null;
        };
        IndexPillar: {
            /** @enum {string} */
            name: "reach" | "breadth" | "reciprocity" | "go-to";
            label: string;
            /** @description 0-25, one decimal */
            score: number;
            max: number;
            explanation: string;
            parts: {
                name: string;
                points: number;
                max: number;
                detail: string;
            }[];
            /** @description next best actions, most useful first; empty when the pillar is full */
            actions: components["schemas"]["NextAction"][];
        };
        /** @description the same JSON as `referable plan --json` */
        Plan: {
            planId: string;
            weekStart: string;
            /** @description the ISO week, e.g. 2026-W49 */
            isoWeek: string;
            /**
             * @description the week against the user's today: only the current week's items can be ticked
             * @enum {string}
             */
            when: "past" | "current" | "future";
            notes: string[];
            budgetMinutes: number;
            totalMinutes: number;
            items: components["schemas"]["PlanItem"][];
            skipped: components["schemas"]["PlanItem"][];
            planned: boolean;
        };
        PlanItem: {
            id: string;
            kind: string;
            minutes: number;
            why: string;
            status: string;
            value: number;
            contact: {
                id: string;
                name: string;
                company: string;
                title: string;
            } | null;
            other: {
                id: string;
                name: string;
                company: string;
                title: string;
            } | null;
            needId: string;
            contentUrl: string;
            doneAt: string;
        };
        PlanReview: {
            weekStart: string;
            planned: {
                items: number;
                minutes: number;
            };
            done: {
                items: number;
                minutes: number;
            };
            skipped: {
                items: number;
                minutes: number;
            };
            open: {
                items: number;
                minutes: number;
            };
            /** @description done / (planned - skipped), 0-1; 0 for an empty week */
            completion: number;
            byKind: {
                kind: string;
                planned: number;
                done: number;
                skipped: number;
            }[];
            minutesSpent: number;
            loggedInteractions: number;
            inMarketConnectionsGained: number;
            introsGiven: number;
            connectionRequestsSent: number;
            streak: number;
            budgetMinutes: number;
            hasPlan: boolean;
        };
        CadenceReport: {
            asOf: string;
            tiers: {
                name: string;
                idealDays: number;
                maxDays: number;
                tags: string[];
                inMarket: boolean;
            }[];
            losingTouch: {
                contactId: string;
                name: string;
                company: string;
                title: string;
                fit: number;
                tier: string;
                maxDays: number;
                daysSinceLastTouch: number | null;
                lastTouch: string;
                /** @enum {string} */
                status: "lapsed" | "never in touch";
            }[];
            total: number;
            lapsed: number;
            neverInTouch: number;
        };
        GoToScore: {
            /** @description 0–100, the sum of the parts */
            score: number;
            /** @description items dated in the window: the evidence the shares are weighed by */
            items: number;
            created: number;
            shared: number;
            onFocus: number;
            window: {
                from: string;
                to: string;
                weeks: number;
            };
            /** @description items per week over the window, oldest first */
            weekly: number[];
            parts: {
                /** @enum {string} */
                name: "focus" | "cadence" | "mix";
                points: number;
                max: number;
                /** @description share (0–1), items per week, or shared per created (null when nothing was created) */
                value: number | null;
                goal: number;
                explanation: string;
                action: components["schemas"]["NextAction"] | null;
            }[];
            actions: components["schemas"]["NextAction"][];
            /** @description items of any date */
            totalItems: number;
            focusTopics: string[];
        };
        ContentItem: {
            url: string;
            /** @enum {string} */
            kind: "created" | "shared";
            title: string;
            publishedOn: string;
            sharedUrl: string;
            source: string;
            topics: string[];
            focus: string[];
        };
        Session: {
            user: components["schemas"]["User"];
            /** @description send it back as X-CSRF-Token on every change made with the session cookie (also in the referable_csrf cookie) */
            csrfToken: string;
            expiresAt: string;
        };
        User: {
            id: string;
            email: string;
        };
        ApiToken: {
            id: string;
            label: string;
            createdAt: string;
            lastUsedAt: string;
            revokedAt: string;
        };
        Consent: {
            cohort: {
                id: string;
                name: string;
                organisation: string;
            };
            /** @description your role in the cohort (owner, coach, member or viewer) */
            role: string;
            /** @enum {string} */
            level: "nothing" | "aggregates" | "companies" | "contacts";
            /** @description which of your workspaces the cohort sees (your first unless you chose another); null while you have none */
            workspace: string | null;
            means: string;
            changedAt: string;
            changedBy: string;
        };
        ConsentLevel: {
            /** @enum {string} */
            level: "nothing" | "aggregates" | "companies" | "contacts";
            means: string;
            seenBy: string;
        };
        MemberShare: {
            member: string;
            /** @enum {string} */
            level: "aggregates" | "companies" | "contacts";
            counts: {
                connections: number;
                inMarket: number | null;
                companies: number;
            };
            companies?: {
                company: string;
                people: number;
                roles: {
                    label: string;
                    count: number;
                }[];
                titles: string[];
            }[];
            contacts?: {
                name: string;
                company: string;
                title: string;
                linkedinUrl: string;
            }[];
        };
        PooledWarmPath: {
            member: string;
            company: string;
            people: number;
            roles: {
                label: string;
                count: number;
            }[];
            sentence: string;
            /** @description the path request's message as the template drafts it (edit it, or send it as is) */
            draft: string;
        };
        PooledReach: {
            cohort: {
                id: string;
                name: string;
            };
            workspace: string;
            market: string | null;
            firstDegree: {
                people: number;
                inMarket: number;
            };
            teammatesCounted: number;
            teammatesCountsOnly: number;
            secondDegree: {
                people: number;
                inMarket: number;
                ties: number;
                alsoFirstDegree: number;
            };
            withinTwoHops: {
                people: number;
                inMarket: number;
            };
            noSecondDegree: string | null;
            /** @description Monte Carlo word of mouth over the pooled graph: expected people an ask reaches within one hop and within two, with 95% intervals */
            wordOfMouth: {
                runsCap: number;
                precision: {
                    relative: number;
                    absolute: number;
                } | null;
                seed: number;
                threads: number;
                graph: {
                    people: number;
                    teammates: number;
                    ties: number;
                };
                oneHop: {
                    runs: number;
                    expectedInMarket: {
                        mean: number;
                        low: number;
                        high: number;
                        stdErr: number;
                    };
                    expectedReached: {
                        mean: number;
                        low: number;
                        high: number;
                        stdErr: number;
                    };
                };
                twoHops: {
                    runs: number;
                    expectedInMarket: {
                        mean: number;
                        low: number;
                        high: number;
                        stdErr: number;
                    };
                    expectedReached: {
                        mean: number;
                        low: number;
                        high: number;
                        stdErr: number;
                    };
                };
                model: string;
                askFirst: {
                    /** @enum {string} */
                    kind: "contact" | "teammate";
                    name: string;
                    marginalGain: number;
                }[];
                askFirstGuarantee: string | null;
            };
        };
        PathRequest: {
            id: string;
            /** @enum {string} */
            direction: "sent" | "received";
            cohort: string;
            seeker: string;
            member: string;
            company: string;
            message: string;
            /** @enum {string} */
            state: "pending" | "accepted" | "declined" | "withdrawn" | "expired";
            createdAt: string;
            expiresAt: string;
            history: {
                /** @enum {string} */
                state: "pending" | "accepted" | "declined" | "withdrawn" | "expired";
                at: string;
                /** @enum {string} */
                by: "seeker" | "member" | "clock";
                note: string;
            }[];
            revealed: {
                name: string;
                title: string;
                company: string;
                linkedinUrl: string;
            }[];
        };
        CohortPage: {
            cohort: {
                id: string;
                name: string;
            };
            today: string;
            sort: {
                /** @enum {string} */
                column: "member" | "level" | "inMarket" | "index" | "indexChange" | "planDone" | "introsGiven" | "introsReceived" | "referralsGiven" | "referralsReceived" | "interviews" | "offers" | "daysSinceActivity" | "stalled";
                /** @enum {string} */
                direction: "asc" | "desc";
            };
            members: components["schemas"]["CohortMemberRow"][];
            stalled: number;
        };
        CohortMemberRow: {
            member: string;
            /** @enum {string} */
            level: "nothing" | "aggregates" | "companies" | "contacts";
            sharesNothing: boolean;
            inMarket: number | null;
            inMarketGoal: number | null;
            index: number | null;
            indexChange: number | null;
            pillars: {
                name: string;
                score: number;
                change: number | null;
            }[];
            planDone: number | null;
            planPlanned: number | null;
            introsGiven: number | null;
            introsReceived: number | null;
            referralsGiven: number | null;
            referralsReceived: number | null;
            interviews: number | null;
            offers: number | null;
            lastActivity: string | null;
            daysSinceActivity: number | null;
            /** @description days since joining the cohort, for a member with no activity yet (the stall clock starts there); null otherwise */
            daysSinceJoined: number | null;
            /** @description no activity for 14 days (counted from joining until a first one); null when the member shares nothing */
            stalled: boolean | null;
            /** @description the member's workspace, for GET /api/cohorts/{cohort}/members/{workspace}; null when they share nothing */
            workspace: string | null;
        };
        CohortCoverage: {
            cohort: {
                id: string;
                name: string;
            };
            targets: number;
            covered: number;
            companies: {
                company: string;
                people: number;
                through: {
                    member: string;
                    people: number;
                    contacts?: string[];
                }[];
            }[];
        };
        CohortOutcomeReport: {
            cohort: {
                id: string;
                name: string;
            };
            generatedAt: string;
            referral: {
                leads: number;
                interviews: number;
                offers: number;
                hires: number;
            };
            cold: {
                leads: number;
                interviews: number;
                offers: number;
                hires: number;
            };
            members: {
                member: string;
                referral: {
                    leads: number;
                    interviews: number;
                    offers: number;
                    hires: number;
                };
                cold: {
                    leads: number;
                    interviews: number;
                    offers: number;
                    hires: number;
                };
            }[];
            notSharing: number;
        };
        CohortSummary: {
            id: string;
            name: string;
            organisation: string;
        };
        CohortRoster: {
            cohort: components["schemas"]["CohortSummary"];
            /**
             * @description your role in the cohort
             * @enum {string}
             */
            role: "owner" | "coach" | "member" | "viewer";
            /** @description whether you may invite and remove people (owners and coaches) */
            canManage: boolean;
            members: {
                userId: string;
                email: string;
                /** @enum {string} */
                role: "owner" | "coach" | "member" | "viewer";
                disabled: boolean;
                since: string;
            }[];
            /** @description invitations not yet used nor expired (owners and coaches only) */
            invitations: {
                id: string;
                email: string;
                /** @enum {string} */
                role: "owner" | "coach" | "member" | "viewer";
                createdAt: string;
                expiresAt: string;
            }[];
        };
        CohortInvitation: {
            cohort: components["schemas"]["CohortSummary"];
            email: string;
            /** @enum {string} */
            role: "owner" | "coach" | "member" | "viewer";
            expiresAt: string;
            /** @description the one-time link on this server (/invite?token=...): shown once, never stored in clear */
            path: string;
            /** @description the same link with the address this request came to */
            link: string;
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
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                        version: string;
                    };
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description words that must all appear in name, company, title, location, email or tags */
                q?: string;
                tag?: string;
                /** @description any spelling: "Acme Inc" = "ACME" */
                company?: string;
                inMarket?: "0" | "1" | "true" | "false";
                seniority?: string;
                function?: string;
                sort?: "name" | "company" | "connected" | "recent" | "fit" | "strength";
                /** @description default: asc for name, company, connected; desc for fit, strength, recent */
                order?: "asc" | "desc";
                /** @description at most this many items (default 50, max 500) */
                limit?: number;
                /** @description skip this many items */
                offset?: number | null;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of contacts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ContactItem"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description a contact id (or a LinkedIn URL, email or unambiguous name) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the contact with their history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactHistory"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description a contact id (or a LinkedIn URL, email or unambiguous name) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPatch"];
            };
        };
        responses: {
            /** @description the contact after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSummary"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    linkContacts: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    first: string;
                    second: string;
                    remove?: boolean;
                };
            };
        };
        responses: {
            /** @description the link as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        linked: boolean;
                        a: components["schemas"]["ContactSummary"];
                        b: components["schemas"]["ContactSummary"];
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTargets: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the markets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Targets"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setTarget: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    definition: string;
                };
            };
        };
        responses: {
            /** @description the saved, active market */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetMarket"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    suggestTarget: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the candidates, a draft and its preview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketSuggestion"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    targetVocabulary: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the values the pickers offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketVocabulary"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewTarget: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    market: components["schemas"]["MarketDraft"] & unknown;
                };
            };
        };
        responses: {
            /** @description the problems and the preview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketDraftPreview"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setTargetMarket: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    market: components["schemas"]["MarketDraft"] & unknown;
                };
            };
        };
        responses: {
            /** @description the saved, active market */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetMarket"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    useTarget: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description the now active market */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetMarket"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketReport"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCoverage: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description coverage and breadth */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coverage"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCompanyCoverage: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                company: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the people at the company */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        company: string;
                        tier: number | null;
                        contacts: {
                            id: string;
                            name: string;
                            title: string;
                            seniority: string;
                            function: string;
                            fit: number;
                            strength: number | null;
                        }[];
                    };
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    findWarmPaths: {
        parameters: {
            query: {
                /** @description a company (any spelling) or a person (id, LinkedIn URL, email or name) */
                to: string;
                k?: number;
                maxHops?: number;
                /** @description include inferred coworker ties (same employer) */
                coworkers?: "0" | "1" | "true" | "false";
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the paths, or a suggestion when there is none */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WarmPaths"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    simulateReach: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description the most Monte Carlo runs per estimate (default 10,000); sampling stops earlier once the intervals are tight */
                    runs?: number;
                    /** @description run exactly `runs` asks instead of stopping early */
                    fixedRuns?: boolean;
                    seed?: number;
                    /** @description a uniform pass probability instead of tie strengths */
                    p?: number;
                    /** @description what if: N new in-market weak ties */
                    addWeak?: number;
                    /** @description what if: your K most useful ties made strong */
                    strengthen?: number;
                    /** @description who to ask first: this many first-degree contacts */
                    ask?: number;
                    coworkers?: boolean;
                };
            };
        };
        responses: {
            /** @description the estimate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reach"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGraph: {
        parameters: {
            query?: {
                /** @description only in-market people (and you) */
                inMarket?: "0" | "1" | "true" | "false";
                /** @description at most this many people */
                limit?: number;
                coworkers?: "0" | "1" | "true" | "false";
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description nodes and edges */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Graph"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportGraph: {
        parameters: {
            query?: {
                format?: "graphml" | "edgelist" | "json";
                coworkers?: "0" | "1" | "true" | "false";
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a file download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/graphml+xml": string;
                    "application/json": string;
                    "text/tab-separated-values": string;
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description at most this many items (default 50, max 500) */
                limit?: number;
                /** @description skip this many items */
                offset?: number | null;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of past imports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportHistoryEntry"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    importFile: {
        parameters: {
            query?: {
                /** @description read the file as this format instead of detecting it */
                source?: "linkedin" | "google" | "outlook" | "vcard" | "csv";
                /** @description whose network this is (a teammate's or a candidate's export); default me */
                member?: string;
                /** @description for generic CSV: our field=their column, e.g. "Company=Employer,Position=Role" */
                map?: string;
                /** @description report what would change without writing anything */
                dryRun?: "0" | "1" | "true" | "false";
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: {
                /** @description the file name; its extension helps detect the format */
                "x-file-name"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description what was added, updated, unchanged and skipped, with every issue */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the file could not be imported */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImportProgress: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the import in progress, or running: false */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProgress"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportBackup: {
        parameters: {
            query?: {
                format?: "json" | "csv";
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a file download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                    "text/csv": string;
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreBackup: {
        parameters: {
            query?: {
                replace?: "0" | "1" | "true" | "false";
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description rows restored per table */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNeeds: {
        parameters: {
            query?: {
                status?: "open" | "closed" | "all";
                contact?: string;
                /** @description at most this many items (default 50, max 500) */
                limit?: number;
                /** @description skip this many items */
                offset?: number | null;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of needs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Need"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addNeed: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contact: string;
                    text: string;
                    topic?: string;
                    /** @description YYYY-MM-DD */
                    deadline?: string;
                };
            };
        };
        responses: {
            /** @description the need */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeNeed: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the closed need */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Need"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOffers: {
        parameters: {
            query?: {
                status?: "open" | "closed" | "all";
                contact?: string;
                source?: "stated" | "skills" | "endorsements" | "tags" | "position" | "past-position";
                /** @description at most this many items (default 50, max 500) */
                limit?: number;
                /** @description skip this many items */
                offset?: number | null;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Offer"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addOffer: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contact: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description the offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeOffer: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the closed offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    suggestIntros: {
        parameters: {
            query?: {
                limit?: number;
                perNeed?: number;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description suggestions, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntroSuggestion"][];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIntros: {
        parameters: {
            query?: {
                state?: "suggested" | "asked-seeker" | "asked-helper" | "made" | "closed" | "declined" | "expired";
                contact?: string;
                /** @description at most this many items (default 50, max 500) */
                limit?: number;
                /** @description skip this many items */
                offset?: number | null;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of introductions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Introduction"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    proposeIntro: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    need?: string;
                    seeker?: string;
                    helper: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the introduction, with cool-down warnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intro: components["schemas"]["Introduction"];
                        warnings: string[];
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIntro: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the introduction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Introduction"] & {
                        draft: components["schemas"]["IntroDraft"];
                    };
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    advanceIntro: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "suggested" | "asked-seeker" | "asked-helper" | "made" | "closed" | "declined" | "expired";
                    note?: string;
                    /** @enum {string} */
                    outcome?: "meeting" | "interview" | "offer" | "hire" | "deal" | "none";
                };
            };
        };
        responses: {
            /** @description the introduction after the move */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intro: components["schemas"]["Introduction"];
                        warnings: string[];
                        ledgerEvents: string[];
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLedger: {
        parameters: {
            query?: {
                contact?: string;
                /** @description at most this many items (default 50, max 500) */
                limit?: number;
                /** @description skip this many items */
                offset?: number | null;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page of ledger entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LedgerEntry"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addLedgerEntry: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    direction: "given" | "received";
                    /** @enum {string} */
                    kind: "intro" | "job" | "client" | "advice" | "other";
                    contact: string;
                    other?: string;
                    company?: string;
                    /** @enum {string} */
                    outcome?: "meeting" | "interview" | "offer" | "hire" | "deal";
                    /** @description YYYY-MM-DD; today when left out */
                    on?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntry"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordLedgerOutcome: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "meeting" | "interview" | "offer" | "hire" | "deal";
                    /** @description YYYY-MM-DD; today when left out */
                    on?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the new entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntry"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLedgerBalance: {
        parameters: {
            query?: {
                contact?: string;
                months?: number;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerBalance"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listThanksDue: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description thank-yous owed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThankYouDue"][];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordThanks: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contact: string;
                    /** @description YYYY-MM-DD; today when left out */
                    on?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description what the thank-you settled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contactId: string;
                        name: string;
                        on: string;
                        settled: components["schemas"]["ThankYouDue"][];
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReferabilityIndex: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the index */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferabilityIndex"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReferabilityHistory: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the snapshots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        snapshots: ({
                            score: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        change: number | null;
                    };
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: {
                /** @description this (default), next, an ISO week (2026-W50) or a day in the week (YYYY-MM-DD) */
                week?: string;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    makePlan: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    minutes?: number;
                    /** @description this (default), next, an ISO week (2026-W50) or a day in the week (YYYY-MM-DD) */
                    week?: string;
                };
            };
        };
        responses: {
            /** @description the new plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completePlanItem: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description the item id shown in the plan */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: components["schemas"]["PlanItem"];
                        interactionsRecorded: number;
                        /** @description for an introduction: the double-opt-in introduction the tick moved it into */
                        introduction: {
                            introId: string;
                            /** @description false when it linked the introduction already in the workflow for that pair and need */
                            created: boolean;
                            /** @description true when the tick recorded "asked A" */
                            askedSeeker: boolean;
                            /** @enum {string} */
                            state: "suggested" | "asked-seeker" | "asked-helper" | "made" | "closed" | "declined" | "expired";
                            draft: components["schemas"]["IntroDraft"] & unknown;
                        } | null;
                        /** @description planned items taken out to keep the week within its budget */
                        dropped: components["schemas"]["PlanItem"][];
                        budgetMinutes: number;
                        notes: string[];
                    };
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    skipPlanItem: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description the item id shown in the plan */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: components["schemas"]["PlanItem"];
                        interactionsRecorded: number;
                        /** @description for an introduction: the double-opt-in introduction the tick moved it into */
                        introduction: {
                            introId: string;
                            /** @description false when it linked the introduction already in the workflow for that pair and need */
                            created: boolean;
                            /** @description true when the tick recorded "asked A" */
                            askedSeeker: boolean;
                            /** @enum {string} */
                            state: "suggested" | "asked-seeker" | "asked-helper" | "made" | "closed" | "declined" | "expired";
                            draft: components["schemas"]["IntroDraft"] & unknown;
                        } | null;
                        /** @description planned items taken out to keep the week within its budget */
                        dropped: components["schemas"]["PlanItem"][];
                        budgetMinutes: number;
                        notes: string[];
                    };
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlanReview: {
        parameters: {
            query?: {
                /** @description this (default), next, an ISO week (2026-W50) or a day in the week (YYYY-MM-DD) */
                week?: string;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the review */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanReview"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlanCalendar: {
        parameters: {
            query?: {
                /** @description this (default), next, an ISO week (2026-W50) or a day in the week (YYYY-MM-DD) */
                week?: string;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an .ics download */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logInteraction: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contact: string;
                    /** @description what happened, in your words ("coffee chat"); also the kind when it names one */
                    what?: string;
                    /** @enum {string} */
                    kind?: "connection-request" | "follow-up" | "introduction" | "thank-you" | "share" | "comment" | "coffee-chat" | "message" | "call" | "meeting" | "email" | "other";
                    minutes?: number;
                    /** @description YYYY-MM-DD, today by default; never in the future */
                    on?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the interaction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        contact: {
                            id: string;
                            name: string;
                            company: string;
                        };
                        kind: string;
                        minutes: number;
                        note: string;
                        occurredAt: string;
                        /** @description the day it happened, in your time zone */
                        on: string;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLosingTouch: {
        parameters: {
            query?: {
                limit?: number;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description who is losing touch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadenceReport"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContent: {
        parameters: {
            query?: {
                /** @description at most this many items (default 50, max 500) */
                limit?: number;
                /** @description skip this many items */
                offset?: number | null;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the score and a page of items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        score: components["schemas"]["GoToScore"];
                        focusTopics: string[];
                        hasMarket: boolean;
                        items: components["schemas"]["ContentItem"][];
                        total: number;
                        limit: number;
                        offset: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addContent: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    title: string;
                    /** @enum {string} */
                    kind: "created" | "shared";
                    /** @description YYYY-MM-DD; today when left out */
                    on?: string;
                    topics?: string[];
                };
            };
        };
        responses: {
            /** @description the item */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentItem"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    suggestContent: {
        parameters: {
            query?: {
                url?: string;
                topic?: string;
                limit?: number;
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description suggestions, most relevant first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        piece: {
                            url: string;
                            title: string;
                            topics: string[];
                            inLedger: boolean;
                        };
                        suggestions: {
                            contactId: string;
                            name: string;
                            company: string;
                            title: string;
                            relevance: number;
                            reasons: string[];
                        }[];
                        considered: number;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        text: string;
                        settings: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSettings: {
        parameters: {
            query?: {
                /** @description the workspace to read or change (GET /api/workspaces lists yours); may be left out when you have exactly one */
                workspace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description the new settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        text: string;
                        settings: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the access token is missing or wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description refused: a cross-site request or an unexpected Host header */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description a bug: the details are in the server log, never in the response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description the database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: components["schemas"]["User"];
                        /** @enum {string} */
                        via: "token" | "session";
                    };
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too many failed sign-ins: locked for a while (Retry-After says how long) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        signedOut: boolean;
                    };
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workspaces */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        workspaces: {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            access: "owner" | "aggregates" | "companies" | "contacts";
                            cohort: string | null;
                        }[];
                    };
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tokens: components["schemas"]["ApiToken"][];
                    };
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    label?: string;
                };
            };
        };
        responses: {
            /** @description the new token, shown once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"] & {
                        token: string;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeToken: {
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
            /** @description revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description joined and signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"] & {
                        cohort: string;
                        role: string;
                        workspace: string | null;
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConsents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description your consents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        consents: components["schemas"]["Consent"][];
                        levels: components["schemas"]["ConsentLevel"][];
                    };
                };
            };
        };
    };
    setCohortConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    level: "nothing" | "aggregates" | "companies" | "contacts";
                    /** @description one of your workspaces (GET /api/workspaces): the one this cohort sees from now on; left out, it stays as it was */
                    workspace?: string;
                };
            };
        };
        responses: {
            /** @description your consent now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPooledView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the pooled view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cohort: {
                            id: string;
                            name: string;
                        };
                        members: components["schemas"]["MemberShare"][];
                    };
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMemberView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
                workspace: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the member's shared view */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberShare"] & {
                        cohort: {
                            id: string;
                            name: string;
                        };
                        workspace: string;
                    };
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPooledWarmPaths: {
        parameters: {
            query?: {
                company?: string;
                /** @description your workspace (when you have several) */
                workspace?: string;
            };
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description warm paths */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cohort: {
                            id: string;
                            name: string;
                        };
                        companies: string[];
                        paths: components["schemas"]["PooledWarmPath"][];
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPooledReach: {
        parameters: {
            query?: {
                /** @description your workspace (when you have several) */
                workspace?: string;
                /** @description pick this many of your contacts and teammates to ask first (IMM over the pooled graph) */
                ask?: number | null;
            };
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description pooled reach */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PooledReach"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPathRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description path requests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        requests: components["schemas"]["PathRequest"][];
                    };
                };
            };
        };
    };
    createPathRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cohort: string;
                    member: string;
                    company: string;
                    message?: string;
                    /** @description your workspace (when you have several) */
                    workspace?: string;
                };
            };
        };
        responses: {
            /** @description the request, pending */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathRequest"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptPathRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the request after the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathRequest"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    declinePathRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the request after the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathRequest"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawPathRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description the request after the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathRequest"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCohortPage: {
        parameters: {
            query?: {
                sort?: "member" | "level" | "inMarket" | "index" | "indexChange" | "planDone" | "introsGiven" | "introsReceived" | "referralsGiven" | "referralsReceived" | "interviews" | "offers" | "daysSinceActivity" | "stalled";
                direction?: "asc" | "desc";
            };
            header?: {
                /** @description the ETag of a page already held: 304 while it is still the page */
                "if-none-match"?: string;
            };
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the cohort page (with its ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortPage"];
                };
            };
            /** @description the page is still the one whose ETag was given */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCohortCoverage: {
        parameters: {
            query?: {
                company?: string | string[];
            };
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description pooled coverage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortCoverage"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCohortOutcomes: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "html";
            };
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the outcome report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortOutcomeReport"];
                    "text/csv": string;
                    "text/html": string;
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    organisation: string;
                };
            };
        };
        responses: {
            /** @description the cohort, with you as its owner */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortSummary"] & {
                        /** @enum {string} */
                        role: "owner" | "coach" | "member" | "viewer";
                    };
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCohortRoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the roster */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortRoster"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    inviteToCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    role: "owner" | "coach" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description the invitation, with its link shown once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortInvitation"];
                };
            };
            /** @description invalid input (the message names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeCohortMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
                /** @description the person's user id (from the roster) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        removed: {
                            userId: string;
                            email: string;
                            /** @enum {string} */
                            role: "owner" | "coach" | "member" | "viewer";
                        };
                    };
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description ambiguous reference or conflicting change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelCohortInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the cohort name or id */
                cohort: string;
                /** @description the invitation id (from the roster) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: {
                            id: string;
                            email: string;
                            /** @enum {string} */
                            role: "owner" | "coach" | "member" | "viewer";
                        };
                    };
                };
            };
            /** @description not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
