/**
 * Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit:
 * change the routes' zod schemas and generate again. `npm run check:openapi-types` fails when it is stale.
 */

export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events, newest first, optionally for one entity, one member, one client or a span of days */
        get: operations["getAudit"];
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
        /** Re-verify the workspace's audit hash chain */
        get: operations["getAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/accept-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a workspace through an invitation link */
        post: operations["postAuthAcceptInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (rate-limited per account and per address) */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link by e-mail (the same answer whether or not the account exists; needs SMTP) */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password through a reset link (once, within 30 minutes); every session ends */
        post: operations["postAuthPasswordResetComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a workspace and its owner */
        post: operations["postAuthSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each member's capacity against booked work, week by week, with warnings before the limit */
        get: operations["getCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A change order */
        get: operations["getChangeOrdersById"];
        /** Edit a draft: each line's hours and price, the proposed delivery date and the delay */
        put: operations["putChangeOrdersById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-orders/{id}/delivery-proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery date and delay the team's capacity gives today for this many added hours */
        get: operations["getChangeOrdersByIdDeliveryProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-orders/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change order as a PDF in its language (approval certificate once approved) */
        get: operations["getChangeOrdersByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-orders/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze the change order and send the client a portal link to approve or reject it */
        post: operations["postChangeOrdersByIdSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/change-orders/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a draft or sent change order (its claims are free again) */
        post: operations["postChangeOrdersByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an untriaged claim that is not a request (a signature, a greeting) */
        delete: operations["deleteClaimsById"];
        options?: never;
        head?: never;
        /** Triage a claim (or clear its triage), or correct its words before triage */
        patch: operations["patchClaimsById"];
        trace?: never;
    };
    "/api/v1/claims/{id}/confirm-repeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm that a claim repeats a point the client already had answered or delivered */
        post: operations["postClaimsByIdConfirmRepeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Split an untriaged claim in two at an offset of its text */
        post: operations["postClaimsByIdSplit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search, filter and page through clients */
        get: operations["getClients"];
        put?: never;
        /** Create a client */
        post: operations["postClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client with its signals (newest first) */
        get: operations["getClientsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a client; lists given replace the stored ones */
        patch: operations["patchClientsById"];
        trace?: never;
    };
    "/api/v1/clients/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's decisions, newest first */
        get: operations["getClientsByIdDecisions"];
        put?: never;
        /** Open a continue / renegotiate / stop worksheet prefilled with the client's facts and the studio's values */
        post: operations["postClientsByIdDecisions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's evidence pack: signed documents with their verification, rounds, time, invoices, letters, audit */
        get: operations["getClientsByIdEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/exit-evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's records that can show a serious reason: signals, rounds, rejected change orders, overdue invoices, formal notices */
        get: operations["getClientsByIdExitEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/exits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's exit plans */
        get: operations["getClientsByIdExits"];
        put?: never;
        /** Prepare an exit plan from the records, with the legal checks of the client's jurisdiction */
        post: operations["postClientsByIdExits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/formal-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's formal notices, latest first */
        get: operations["getClientsByIdFormalNotices"];
        put?: never;
        /** Record a formal notice sent to the client (date, cure delay, method); its letter is generated */
        post: operations["postClientsByIdFormalNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's health: explained metrics with their source records, score, warning and monthly trend */
        get: operations["getClientsByIdHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's ledger: each mandate's, the lines linked to none, and the total */
        get: operations["getClientsByIdMoney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one payment from a client against several of its open invoices (as allocated, else the earliest due first); what is left becomes the client's credit */
        post: operations["postClientsByIdPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/reminders-pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pause or resume a client's automatic reminders (steps due while paused are not sent later) */
        put: operations["putClientsByIdRemindersPause"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's signals, newest first */
        get: operations["getClientsByIdSignals"];
        put?: never;
        /** Record a warning, praise or note about a client */
        post: operations["postClientsByIdSignals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened with a client, newest first (from the audit trail of every record that belongs to them) */
        get: operations["getClientsByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/values-alignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rate, as a member, how the relationship lives up to each of the studio's values (1-5) */
        put: operations["putClientsByIdValuesAlignment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags in use, for filters */
        get: operations["getClientsTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/costs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a cost no invoice bills (one on an invoice answers 409: credit it instead) */
        delete: operations["deleteCostsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit-notes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A credit note as a PDF, referencing the invoice it credits */
        get: operations["getCreditNotesByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The studio's money at a glance: owed, overdue, done but not invoiced, goodwill this quarter */
        get: operations["getDashboardMoney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A worksheet with the options scored side by side */
        get: operations["getDecisionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rate the values per option, add or weigh arguments, record the verdict; or revise a decided worksheet */
        patch: operations["patchDecisionsById"];
        trace?: never;
    };
    "/api/v1/decisions/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The worksheet as a PDF: verdict and rationale, scores side by side, facts, values and arguments */
        get: operations["getDecisionsByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Load the demo workspace (founding story) on an empty install and sign in as its owner */
        post: operations["postDemo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An exit plan with its legal checks (each with its source and severity) */
        get: operations["getExitsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Revise dates, choices and options; mark ready (refused while a blocking check fails), reopen or abandon */
        patch: operations["patchExitsById"];
        trace?: never;
    };
    "/api/v1/exits/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Execute a ready exit in one transaction (idempotent): cancel, stop, invoice, credit, end the client */
        post: operations["postExitsByIdExecute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exits/{id}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The termination letter in French or English (JSON, or PDF with format=pdf) */
        get: operations["getExitsByIdLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exits/{id}/letter/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the frozen termination letter by e-mail (kept in the outbox without SMTP); refused on a draft or an abandoned exit */
        post: operations["postExitsByIdLetterSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/invoices.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Issued invoices as CSV (RFC 4180, UTF-8 with BOM; formula-like text neutralised) */
        get: operations["getExportsInvoicesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/payments.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments as CSV (RFC 4180, UTF-8 with BOM; formula-like text neutralised) */
        get: operations["getExportsPaymentsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/formal-notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A formal notice with its letter (JSON, or PDF with format=pdf) */
        get: operations["getFormalNoticesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goodwill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goodwill hours and their value per client and mandate, against budgets (warnings at 80 % and 100 %) */
        get: operations["getGoodwill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/goodwill-budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (or remove with null) the goodwill budget in hours of a client or a mandate */
        put: operations["putGoodwillBudgets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weights and thresholds of the health score (defaults merged with the workspace's choices) */
        get: operations["getHealthSettings"];
        /** Change the weights and thresholds of the health score (owner) */
        put: operations["putHealthSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/warnings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients in a working relationship whose score crosses the warning threshold, worst first (then by name), a page at a time, with how many are warned and critical */
        get: operations["getHealthWarnings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/install": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this installation is empty and open to sign-up */
        get: operations["getInstall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link is for */
        get: operations["getInvitesByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoice-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What can be invoiced for a client: signed offers' deposits, approved change orders, billable time */
        get: operations["getInvoiceSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices and drafts, newest first */
        get: operations["getInvoices"];
        put?: never;
        /** Create a draft from sources and manual lines; taxes from the workspace and the client's address */
        post: operations["postInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice with its payments, credit notes and balance */
        get: operations["getInvoicesById"];
        put?: never;
        post?: never;
        /** Delete a draft and free its sources (an issued invoice answers 409) */
        delete: operations["deleteInvoicesById"];
        options?: never;
        head?: never;
        /** Edit a draft (an issued invoice answers 409) */
        patch: operations["patchInvoicesById"];
        trace?: never;
    };
    "/api/v1/invoices/{id}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a full or partial credit note referencing the invoice */
        post: operations["postInvoicesByIdCreditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Late interest owed so far (Québec: terms or legal rate; France: ECB + 10 points and 40 €) */
        get: operations["getInvoicesByIdInterest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/interest-invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft an invoice for the late interest owed so far */
        post: operations["postInvoicesByIdInterestInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue: number from the gap-free yearly series, dates, frozen totals */
        post: operations["postInvoicesByIdIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a payment (overpayment becomes client credit) */
        post: operations["postInvoicesByIdPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice as a PDF in the client's language with every mandatory mention (a draft: a preview) */
        get: operations["getInvoicesByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The automatic reminder schedule (3 days before due, on due, +7, +21; a formal notice proposed at +30) with what was sent and when, and the reminders sent by hand */
        get: operations["getInvoicesByIdReminders"];
        put?: never;
        /** Send a reminder now, in the client's language, through the outbox */
        post: operations["postInvoicesByIdReminders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/revoke-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke every portal link of the invoice */
        post: operations["postInvoicesByIdRevokeLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail the issued invoice (or a credit note) with its PDF and a portal link; again to resend */
        post: operations["postInvoicesByIdSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/sendings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every sending of the invoice and its credit notes, and when the client first opened it */
        get: operations["getInvoicesByIdSendings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/write-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write off the unpaid balance (bad debt) */
        post: operations["postInvoicesByIdWriteOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's mailbox settings (never the password) */
        get: operations["getMailbox"];
        /** Connect the workspace's mailbox (IMAP); the password is stored encrypted */
        put: operations["putMailbox"];
        post?: never;
        /** Disconnect the mailbox (messages already imported stay) */
        delete: operations["deleteMailbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox/folders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mailbox's folders, read from the mail server */
        get: operations["getMailboxFolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest messages of a folder (read-only: nothing is marked read), each marked when imported */
        get: operations["getMailboxMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox/poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Poll the mailbox now (the server also does it every two minutes by itself) */
        post: operations["postMailboxPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The messages the server received by polling the mailbox, newest first (broken ones with their reason) */
        get: operations["getMailboxReceived"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox/received/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One received message with its text as kept */
        get: operations["getMailboxReceivedById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox/received/{id}/attachments/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One attachment of a received message, as received (always a download, `application/octet-stream`: never shown inline) */
        get: operations["getMailboxReceivedByIdAttachmentsByIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mailbox/received/{id}/round": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a received message a feedback round: of the client's current mandate, or of `mandateId` (once: again answers 409 naming the round) */
        post: operations["postMailboxReceivedByIdRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mandates, newest first, by client or status */
        get: operations["getMandates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mandate with its checklist and deliveries */
        get: operations["getMandatesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Tick checklist items; accept, stop (with a reason) or close the mandate */
        patch: operations["patchMandatesById"];
        trace?: never;
    };
    "/api/v1/mandates/{id}/change-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mandate's change log, oldest first */
        get: operations["getMandatesByIdChangeOrders"];
        put?: never;
        /** Build a change order from claims triaged as change_order: price, hours, proposed new delivery date */
        post: operations["postMandatesByIdChangeOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Costs and disbursements recorded on the mandate, each with the invoice that bills it */
        get: operations["getMandatesByIdCosts"];
        put?: never;
        /** Record a cost incurred for the client (counts in the work earned; a source to invoice, once) */
        post: operations["postMandatesByIdCosts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a delivery with the checklist as it stands (409 `invalid_state` when nothing on it is ticked) */
        post: operations["postMandatesByIdDeliveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mandate's milestones: the offer's delivery date, approved change orders' dates, the user's dates */
        get: operations["getMandatesByIdMilestones"];
        put?: never;
        /** Add a dated milestone (a launch) to an open mandate */
        post: operations["postMandatesByIdMilestones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a milestone the user added */
        delete: operations["deleteMandatesByIdMilestonesByMilestoneId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mandate's ledger: signed, earned (work done, valued as the contract says), invoiced, paid, owed */
        get: operations["getMandatesByIdMoney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the % complete of a fixed-price mandate, with a note (replaces the checklist's measure) */
        put: operations["putMandatesByIdProgress"];
        post?: never;
        /** Measure the % complete from the checklist again */
        delete: operations["deleteMandatesByIdProgress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mandate's feedback rounds with their triage progress */
        get: operations["getMandatesByIdRounds"];
        put?: never;
        /** Receive a client's feedback list: kept as received and split into claims */
        post: operations["postMandatesByIdRounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/{id}/rounds/from-mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a message of the mailbox as a feedback round (once per message: again answers 409 naming the round) */
        post: operations["postMandatesByIdRoundsFromMailbox"];
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
        /** The signed-in person, membership, workspace and CSRF token */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one's own name, interface language, weekly capacity or rates (not viewers) */
        patch: operations["patchMe"];
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kinds of notification the member receives by e-mail */
        get: operations["getMeNotificationPreferences"];
        /** Choose the kinds of notification received by e-mail (every kind stays in the app) */
        put: operations["putMeNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's password (the current one required); every other session ends */
        post: operations["postMePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One's sessions signed in (created, last seen, user agent, address) */
        get: operations["getMeSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of one's sessions (at once: its next request is signed out) */
        delete: operations["deleteMeSessionsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session but this one */
        post: operations["postMeSessionsRevokeOthers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether one's second factor is on, and how many recovery codes are left */
        get: operations["getMeTwoFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor off (the password and a current or recovery code required) */
        post: operations["postMeTwoFactorDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor on with the app's first code; answers ten single-use recovery codes, once */
        post: operations["postMeTwoFactorEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer a new TOTP secret (base32 and otpauth:// URI) to add to an authenticator app */
        post: operations["postMeTwoFactorSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the workspace */
        get: operations["getMembers"];
        put?: never;
        /** Invite a member (owner); returns the one-time invitation link */
        post: operations["postMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member's role, capacity or rates, or disable them (owner) */
        patch: operations["patchMembersById"];
        trace?: never;
    };
    "/api/v1/members/{id}/two-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset another member's two-step sign-in (owner), for a member who lost their phone and recovery codes: removes their secret and recovery codes and ends their sessions and API tokens; where the workspace requires it, their next sign-in leads them through setting it up again. 409 on oneself, when it is not on, or when the person also belongs to another workspace */
        post: operations["postMembersByIdTwoFactorReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member's notifications, unread first (or newest first with order=date) */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some of the member's notifications read, or all of them */
        post: operations["postNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the member's notifications are unread (the bell) */
        get: operations["getNotificationsUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers, newest first, by client or status */
        get: operations["getOffers"];
        put?: never;
        /** Write a draft offer (optionally starting from a previous one) */
        post: operations["postOffers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An offer with totals, team estimate (PERT) and implied hourly rate */
        get: operations["getOffersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft; editing a sent offer creates version N+1; a signed offer refuses (409 invalid_state) */
        patch: operations["patchOffersById"];
        trace?: never;
    };
    "/api/v1/offers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft, a sent offer, or a signed offer whose work has not started */
        post: operations["postOffersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one member's optimistic / likely / pessimistic hours per deliverable */
        post: operations["postOffersByIdEstimates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offer as a PDF in its language (signature certificate page once signed) */
        get: operations["getOffersByIdPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the client a new portal link to the same frozen offer (earlier links stop working) */
        post: operations["postOffersByIdResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/revoke-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the offer's portal links (they then answer 404) */
        post: operations["postOffersByIdRevokeLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Number, freeze and send the offer; returns the client's portal link */
        post: operations["postOffersByIdSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/offers/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the SHA-256 of the frozen text and compare it with the recorded fingerprint */
        get: operations["getOffersByIdVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing messages (sent, failed, or kept to copy when no SMTP server is configured) */
        get: operations["getOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The one document a portal link opens (no account needed) */
        get: operations["getPortalByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{token}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the change order: typed full name and explicit consent; evidence and fingerprint recorded */
        post: operations["postPortalByTokenApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{token}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF of the document the link opens: the invoice (or one of its credit notes), or the offer as sent — with its signature certificate once signed */
        get: operations["getPortalByTokenPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{token}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the offer or reject the change order, with an optional reason */
        post: operations["postPortalByTokenReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portal/{token}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the offer: typed full name and explicit consent; evidence and fingerprint recorded */
        post: operations["postPortalByTokenSign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aging (current, 1-30, 31-60, 61-90, over 90 days past due) and DSO in total; a page of clients (aging, DSO, credit) and a page of open invoices, each with its count and next page */
        get: operations["getReceivables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recurring invoices and retainers, with their next period and the invoices they produced */
        get: operations["getRecurringInvoices"];
        put?: never;
        /** Invoice a client every week, month, quarter or year from a template (a draft, or issued and sent) */
        post: operations["postRecurringInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recurring invoice */
        get: operations["getRecurringInvoicesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a template (the periods not made yet); anchor and frequency only before the first period */
        patch: operations["patchRecurringInvoicesById"];
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End: nothing more is made */
        post: operations["postRecurringInvoicesByIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause: periods that begin meanwhile are skipped */
        post: operations["postRecurringInvoicesByIdPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume from the period running today */
        post: operations["postRecurringInvoicesByIdResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recurring-invoices/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A retainer's hours used in the month containing `date` (today by default): remaining and overage */
        get: operations["getRecurringInvoicesByIdUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/taxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Taxes collected per tax and rate over a period, net of credit notes (for filing) */
        get: operations["getReportsTaxes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's claims, each beside the signed baseline ranked by relevance */
        get: operations["getRoundsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The e-mail a round was imported from (null for a pasted list) */
        get: operations["getRoundsByIdMail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge untriaged claims of a round into one */
        post: operations["postRoundsByIdMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate (or save an edited) reply to the round in the client's language; optionally send it */
        post: operations["postRoundsByIdReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find clients, contacts, offers, change orders, invoices and claims by number or words
         * @description Every word must appear (case and accents ignored) in a client's name, contacts, city or tags; a contact's name, e-mail or phone; an offer's number or title; a change order's number or title; an invoice's number; or a claim's text. Only the caller's workspace is searched.
         */
        get: operations["getSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The first-run guide's steps, each done or not from the records, and what needs an action today */
        get: operations["getSetup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time entries, newest first; each flagged when it is work on an unapproved change order
         * @description By `page` (an offset: deep pages cost more) or by `cursor` (the `nextCursor` of the page before: the same cost on any page). The totals are those of the whole filter.
         */
        get: operations["getTimeEntries"];
        put?: never;
        /** Log time (rounded by the workspace's rule); owners may log for a colleague */
        post: operations["postTimeEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an entry not yet invoiced */
        delete: operations["deleteTimeEntriesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running timers */
        get: operations["getTimers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timers/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard one's running timer without logging time */
        post: operations["postTimersDiscard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timers/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start one's timer (one per member) */
        post: operations["postTimersStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timers/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop one's timer and log its time */
        post: operations["postTimersStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ISO week around a date: minutes per member, mandate and day */
        get: operations["getTimesheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live API tokens of the workspace */
        get: operations["getTokens"];
        put?: never;
        /** Create an API token (its secret is shown once) */
        post: operations["postTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["deleteTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Workspace settings */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change workspace settings (owner) */
        patch: operations["patchWorkspace"];
        trace?: never;
    };
    "/api/v1/workspace/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether two-step sign-in is required of every member, and which active members have it (owner) */
        get: operations["getWorkspaceTwoFactor"];
        /** Require two-step sign-in of every member, or stop requiring it (owner, with their own turned on) */
        put: operations["putWorkspaceTwoFactor"];
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
        AcceptInvite: {
            name: string;
            password: string;
            token: string;
        };
        Address: {
            city: string;
            country: string;
            line1: string;
            line2: string;
            postalCode: string;
            region: string;
        };
        /**
         * @default {
         *       "line1": "",
         *       "line2": "",
         *       "city": "",
         *       "region": "",
         *       "postalCode": "",
         *       "country": ""
         *     }
         */
        AddressInput: {
            /** @default  */
            city?: string;
            /** @default  */
            country?: string;
            /** @default  */
            line1?: string;
            /** @default  */
            line2?: string;
            /** @default  */
            postalCode?: string;
            /** @default  */
            region?: string;
        };
        AddressPatch: {
            city?: string;
            country?: string;
            line1?: string;
            line2?: string;
            postalCode?: string;
            region?: string;
        };
        AddSignal: {
            /** @enum {string} */
            kind: "warning" | "praise" | "note";
            /** @example 2026-11-26 */
            occurredOn: string;
            severity: 1 | 2 | 3;
            /** @default  */
            source?: string;
            text: string;
        };
        /** @description every open invoice of the workspace (or the client asked) */
        AgingRow: {
            current: components["schemas"]["Money"];
            days1to30: components["schemas"]["Money"];
            days31to60: components["schemas"]["Money"];
            days61to90: components["schemas"]["Money"];
            over90: components["schemas"]["Money"];
            total: components["schemas"]["Money"];
        };
        ApiToken: {
            createdAt: string;
            id: string;
            lastUsedAt: string | null;
            memberId: string;
            name: string;
        };
        AuditEvent: {
            action: string;
            actor: {
                id: string;
                name: string;
            } | null;
            after?: unknown;
            at: string;
            before?: unknown;
            entity: string;
            entityId: string;
            hash: string;
            seq: number;
        };
        AuditVerification: {
            checked: number;
            firstInvalid: {
                id: string;
                reason: string;
                seq: number;
            } | null;
            invoices: {
                checked: number;
                mismatched: {
                    id: string;
                    number: string | null;
                    reason: string;
                }[];
            };
            valid: boolean;
        };
        Cancel: {
            reason: string;
        };
        ChangeOrder: {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            /** @enum {string} */
            status: "draft";
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt: string;
            sha256: string;
            /** @enum {string} */
            status: "sent";
        } | {
            approval: components["schemas"]["SignatureEvidence"];
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt: string;
            sha256: string;
            /** @enum {string} */
            status: "approved";
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            rejectedAt: string;
            rejectReason?: string;
            sentAt: string;
            sha256: string;
            /** @enum {string} */
            status: "rejected";
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt?: string;
            sha256?: string;
            /** @enum {string} */
            status: "withdrawn";
            withdrawnAt: string;
            /** @enum {string} */
            withdrawnFrom: "draft" | "sent";
        };
        ChangeOrderDeliveryProposal: {
            proposedDeliveryDate: string;
            scheduleImpactDays: number;
            workingDaysNeeded: number;
        };
        ChangeOrderDetail: {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            /** @description of the document shown on the portal; null: never sent */
            sha256: string | null;
            /** @enum {string} */
            status: "draft";
            /** @description default rate of hours: the signed offer's agreed rate, else the target rate; 0 = none */
            suggestedRate: {
                hourlyRate: number;
                /** @enum {string} */
                source: "offer" | "workspace";
            };
            totals: components["schemas"]["ChangeOrderTotals"];
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt: string;
            /** @description of the document shown on the portal; null: never sent */
            sha256: string | null;
            /** @enum {string} */
            status: "sent";
            /** @description default rate of hours: the signed offer's agreed rate, else the target rate; 0 = none */
            suggestedRate: {
                hourlyRate: number;
                /** @enum {string} */
                source: "offer" | "workspace";
            };
            totals: components["schemas"]["ChangeOrderTotals"];
        } | {
            approval: components["schemas"]["SignatureEvidence"];
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt: string;
            /** @description of the document shown on the portal; null: never sent */
            sha256: string | null;
            /** @enum {string} */
            status: "approved";
            /** @description default rate of hours: the signed offer's agreed rate, else the target rate; 0 = none */
            suggestedRate: {
                hourlyRate: number;
                /** @enum {string} */
                source: "offer" | "workspace";
            };
            totals: components["schemas"]["ChangeOrderTotals"];
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            rejectedAt: string;
            rejectReason?: string;
            sentAt: string;
            /** @description of the document shown on the portal; null: never sent */
            sha256: string | null;
            /** @enum {string} */
            status: "rejected";
            /** @description default rate of hours: the signed offer's agreed rate, else the target rate; 0 = none */
            suggestedRate: {
                hourlyRate: number;
                /** @enum {string} */
                source: "offer" | "workspace";
            };
            totals: components["schemas"]["ChangeOrderTotals"];
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt?: string;
            /** @description of the document shown on the portal; null: never sent */
            sha256: string | null;
            /** @enum {string} */
            status: "withdrawn";
            /** @description default rate of hours: the signed offer's agreed rate, else the target rate; 0 = none */
            suggestedRate: {
                hourlyRate: number;
                /** @enum {string} */
                source: "offer" | "workspace";
            };
            totals: components["schemas"]["ChangeOrderTotals"];
            withdrawnAt: string;
            /** @enum {string} */
            withdrawnFrom: "draft" | "sent";
        };
        ChangeOrderDocument: {
            amends: {
                number: string;
                sha256: string;
                version: number;
            };
            client: components["schemas"]["DocumentParty"];
            consentText: string;
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            /** @enum {string} */
            format: "mandat.change-order.v1";
            hours: number;
            issuer: components["schemas"]["DocumentParty"];
            items: {
                amount: number;
                description: string;
                hourlyRate?: number;
                hours: number;
                id: string;
                title: string;
            }[];
            /** @enum {string} */
            kind: "change_order";
            /** @enum {string} */
            language: "fr" | "en";
            number: string;
            proposedDeliveryDate: string;
            reason: string;
            requester: string;
            scheduleImpactDays: number;
            title: string;
            total: number;
        };
        /** @description hours × hourlyRate (rounded half-up per line), or a fixed amount */
        ChangeOrderPrice: {
            /** @example 9500 */
            hourlyRate: number;
            /** @enum {string} */
            kind: "hourly";
        } | {
            /** @example 9500 */
            amount: number;
            /** @enum {string} */
            kind: "fixed";
        };
        ChangeOrderRow: {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            /** @enum {string} */
            status: "draft";
            totals: components["schemas"]["ChangeOrderTotals"];
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt: string;
            sha256: string;
            /** @enum {string} */
            status: "sent";
            totals: components["schemas"]["ChangeOrderTotals"];
        } | {
            approval: components["schemas"]["SignatureEvidence"];
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt: string;
            sha256: string;
            /** @enum {string} */
            status: "approved";
            totals: components["schemas"]["ChangeOrderTotals"];
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            rejectedAt: string;
            rejectReason?: string;
            sentAt: string;
            sha256: string;
            /** @enum {string} */
            status: "rejected";
            totals: components["schemas"]["ChangeOrderTotals"];
        } | {
            content: {
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                items: {
                    claimId?: string;
                    description: string;
                    hours: number;
                    id: string;
                    price: {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    } | {
                        hourlyRate: number;
                        /** @enum {string} */
                        kind: "hourly";
                    };
                    title: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                /** Format: date */
                proposedDeliveryDate: string;
                reason: string;
                requester: string;
                scheduleImpactDays: number;
                title: string;
            };
            createdAt: string;
            id: string;
            mandateId: string;
            /** @example OFF-2026-0007-A1 */
            number: string;
            /** @description the signed offer it amends */
            offerId: string;
            sentAt?: string;
            sha256?: string;
            /** @enum {string} */
            status: "withdrawn";
            totals: components["schemas"]["ChangeOrderTotals"];
            withdrawnAt: string;
            /** @enum {string} */
            withdrawnFrom: "draft" | "sent";
        };
        ChangeOrderSent: {
            changeOrder: {
                content: {
                    /** @enum {string} */
                    currency: "CAD" | "EUR" | "USD";
                    items: {
                        claimId?: string;
                        description: string;
                        hours: number;
                        id: string;
                        price: {
                            amount: number;
                            /** @enum {string} */
                            kind: "fixed";
                        } | {
                            hourlyRate: number;
                            /** @enum {string} */
                            kind: "hourly";
                        };
                        title: string;
                    }[];
                    /** @enum {string} */
                    language: "fr" | "en";
                    /** Format: date */
                    proposedDeliveryDate: string;
                    reason: string;
                    requester: string;
                    scheduleImpactDays: number;
                    title: string;
                };
                createdAt: string;
                id: string;
                mandateId: string;
                /** @example OFF-2026-0007-A1 */
                number: string;
                /** @description the signed offer it amends */
                offerId: string;
                sentAt: string;
                sha256: string;
                /** @enum {string} */
                status: "sent";
            };
            message: components["schemas"]["OutboxMessage"];
            portalUrl: string;
        };
        ChangeOrderTotals: {
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            hours: number;
            lines: {
                amount: number;
                itemId: string;
            }[];
            total: number;
        };
        ChangePassword: {
            currentPassword: string;
            newPassword: string;
        };
        Claim: {
            changeOrder?: {
                id: string;
                number: string;
                /** @enum {string} */
                status: "draft" | "sent" | "approved" | "rejected" | "withdrawn";
            };
            context?: string;
            id: string;
            mandateId: string;
            position: number;
            roundId: string;
            source: {
                end: number;
                start: number;
            };
            text: string;
            triage?: components["schemas"]["ClaimTriage"];
        };
        ClaimTriage: {
            baseline: {
                id: string;
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
            };
            decidedAt: string;
            /** @description the member who decided */
            decidedBy: string;
            /** @description estimated hours */
            estimatedHours: number;
            /** @enum {string} */
            outcome: "in_scope";
            rationale?: string;
        } | {
            /** @description the signed clause the decision rests on */
            baseline?: {
                id: string;
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
            };
            decidedAt: string;
            /** @description the member who decided */
            decidedBy: string;
            /** @description estimated hours */
            estimatedHours: number;
            /** @enum {string} */
            outcome: "change_order";
            rationale?: string;
        } | {
            /** @description the signed clause the decision rests on */
            baseline?: {
                id: string;
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
            };
            decidedAt: string;
            /** @description the member who decided */
            decidedBy: string;
            /** @description estimated hours */
            estimatedHours: number;
            /** @enum {string} */
            outcome: "goodwill";
            rationale: string;
        } | {
            alternative: string;
            /** @description the signed clause the decision rests on */
            baseline?: {
                id: string;
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
            };
            decidedAt: string;
            /** @description the member who decided */
            decidedBy: string;
            /** @description estimated hours */
            estimatedHours: number;
            /** @enum {string} */
            outcome: "alternative";
            rationale: string;
        } | {
            baseline: {
                id: string;
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
            };
            decidedAt: string;
            /** @description the member who decided */
            decidedBy: string;
            /** @enum {string} */
            outcome: "declined";
            rationale: string;
        } | {
            /** @description the signed clause the decision rests on */
            baseline?: {
                id: string;
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
            };
            decidedAt: string;
            /** @description the member who decided */
            decidedBy: string;
            duplicateOfClaimId: string;
            /** @enum {string} */
            outcome: "duplicate";
            rationale?: string;
        } | {
            /** @description the signed clause the decision rests on */
            baseline?: {
                id: string;
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
            };
            decidedAt: string;
            /** @description the member who decided */
            decidedBy: string;
            /** @enum {string} */
            outcome: "duplicate";
            rationale?: string;
            /** @description the point already answered or delivered that this claim repeats, confirmed by a person */
            repeat: components["schemas"]["SettledPoint"] & {
                score: number;
            };
        };
        Client: {
            address: components["schemas"]["Address"];
            contacts: {
                email: string;
                id: string;
                name: string;
                phone: string;
                role: string;
            }[];
            createdAt: string;
            doNotReengage: boolean;
            endClients: {
                id: string;
                name: string;
            }[];
            id: string;
            isConsumer: boolean;
            /** @enum {string} */
            kind: "direct" | "agency";
            /** @enum {string} */
            language: "fr" | "en";
            legalName: string;
            name: string;
            /** @enum {string} */
            status: "prospect" | "active" | "paused" | "ended";
            tags: string[];
            updatedAt: string;
        };
        ClientDetail: components["schemas"]["Client"] & {
            signals: components["schemas"]["Signal"][];
        };
        ClientHealth: {
            /** @example 2026-11-26 */
            asOf: string;
            clientId: string;
            /** @example 2026-11-26 */
            from?: string;
            metrics: components["schemas"]["HealthMetric"][];
            score: components["schemas"]["HealthScore"];
            settings: components["schemas"]["HealthSettingsResolved"];
            warning: {
                /** @enum {string} */
                level: "none" | "warning" | "critical";
                reasons: components["schemas"]["Localized"][];
            };
        };
        ClientListItem: components["schemas"]["Client"] & {
            /** @description the latest computed health (computed when the client's health or the warnings are read) */
            health: {
                computedAt: string;
                level: string;
                score: number | null;
            } | null;
            lastSignal: {
                kind: string;
                occurredOn: string;
            } | null;
        };
        ClientMoney: {
            mandates: components["schemas"]["MandateMoney"][];
            other: components["schemas"]["MoneyLedger"];
            total: components["schemas"]["MoneyLedger"];
        };
        ClientPage: {
            items: components["schemas"]["ClientListItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ClientPaymentRecorded: {
            clientId: string;
            credit: {
                amount: number;
                currency: string;
            };
            payments: {
                amount: number;
                invoiceId: string;
                number: string;
                paymentId: string;
                status: string;
            }[];
        };
        CompletePasswordReset: {
            password: string;
            token: string;
        };
        CreateChangeOrder: {
            /** @description claims triaged change_order, in item order */
            claimIds: string[];
            /**
             * @description minor units per hour; default: the workspace's target rate
             * @example 9500
             */
            hourlyRate?: number;
            reason: string;
            requester: string;
            title: string;
        };
        CreateClient: {
            address?: components["schemas"]["AddressInput"];
            /** @default [] */
            contacts?: {
                /** @default  */
                email?: "" | string;
                name: string;
                /** @default  */
                phone?: string;
                /** @default  */
                role?: string;
            }[];
            /** @default false */
            doNotReengage?: boolean;
            /** @default [] */
            endClients?: {
                name: string;
            }[];
            /** @default false */
            isConsumer?: boolean;
            /** @enum {string} */
            kind: "direct" | "agency";
            /**
             * @description Document language; defaults to French for a Québec address (Charter of the French language, art. 55)
             * @enum {string}
             */
            language?: "fr" | "en";
            /** @default  */
            legalName?: string;
            name: string;
            /**
             * @default prospect
             * @enum {string}
             */
            status?: "prospect" | "active" | "paused" | "ended";
            /** @default [] */
            tags?: string[];
        };
        CreateCreditNote: {
            /** @example 2026-11-26 */
            date?: string;
            /** @description omitted: credit everything still creditable */
            lines?: {
                /** @example 9500 */
                amount: number;
                lineIndex: number;
            }[];
            reason: string;
        };
        CreateInvoice: {
            buyer?: {
                purchaseOrder?: string;
                siren?: string;
                /** @description EU VAT number (reverse charge) */
                vatNumber?: string;
            };
            clientId: string;
            /** @description France: the delivery address, printed when it differs from the client's address */
            deliveryAddress?: string;
            /** @description annual, basis points (12% = 1200) */
            lateInterestBps?: number;
            lines?: components["schemas"]["InvoiceLineInput"][];
            /**
             * @description France: the category of the operation printed on the invoice (default services)
             * @enum {string}
             */
            operationCategory?: "services" | "goods" | "mixed";
            paymentDays?: number;
            reference?: string;
            sources?: {
                changeOrderIds?: string[];
                /** @description costs recorded on the client's mandates */
                costIds?: string[];
                depositOfferIds?: string[];
                /** @description bill a signed fixed price from the offer, less what was already billed for it */
                offers?: {
                    offerId: string;
                    /** @description cumulative % of the price for progress (default: the mandate's % complete) */
                    percent?: number;
                    /**
                     * @description progress: up to a cumulative share of the fixed price; balance: what remains
                     * @enum {string}
                     */
                    target: "progress" | "balance";
                }[];
                time?: {
                    /** @description default: all un-invoiced */
                    entryIds?: string[];
                    /** @enum {string} */
                    groupBy?: "mandate_member" | "day";
                    /** @example 2026-11-26 */
                    to?: string;
                };
            };
            supplyDate?: {
                /** @example 2026-11-26 */
                from: string;
                /** @example 2026-11-26 */
                to: string;
            };
        };
        CreateOffer: {
            assumptions?: (string | {
                id?: string;
                text: string;
            })[];
            clientId: string;
            /** @enum {string} */
            contractKind?: "enterprise" | "service" | "mixed";
            deliverables?: {
                description?: string;
                estimatedHours?: number;
                id?: string;
                position?: number;
                price: {
                    /** @enum {string} */
                    kind: "unit";
                    unitPrice: number;
                } | {
                    amount: number;
                    /** @enum {string} */
                    kind: "fixed";
                };
                /** @description thousandths of a unit: 1500 = 1.5 */
                quantity: number;
                title: string;
                unit: string;
            }[];
            /** Format: date */
            deliveryDate?: string;
            /** @description deposit, basis points of the total: 3000 = 30 % */
            depositBps?: number;
            endClient?: {
                id?: string;
                name: string;
                reference?: string;
            };
            exclusions?: (string | {
                id?: string;
                text: string;
            })[];
            /** @description start from a previous offer's content */
            fromOfferId?: string;
            /** @enum {string} */
            language?: "fr" | "en";
            pricing?: {
                /** @enum {string} */
                model: "fixed";
            } | {
                /** @enum {string} */
                model: "hourly";
            } | {
                capAmount: number;
                /** @enum {string} */
                model: "capped";
            };
            /** Format: date */
            startDate?: string;
            summary?: string;
            terms?: {
                cancellationConditions?: string;
                governingLaw?: string;
                lateInterestAnnualBps?: number;
                noticeDays?: number;
                paymentDays?: number;
                terminationClause?: string;
            };
            title: string;
        };
        CreateRecurringInvoice: {
            /**
             * @description the first period's first day; later periods keep its day
             * @example 2026-11-26
             */
            anchorDate: string;
            clientId: string;
            /** @description who receives each issued invoice; empty: the billing contact */
            contactIds?: string[];
            /**
             * @description the workspace's currency (the default)
             * @enum {string}
             */
            currency?: "CAD" | "EUR" | "USD";
            /**
             * @description no period starts after it; null: no end
             * @example 2026-11-26
             */
            endDate?: string | null;
            /** @enum {string} */
            frequency: "weekly" | "monthly" | "quarterly" | "yearly";
            lines?: components["schemas"]["RecurringLine"][];
            /** @description the client's mandate it bills for (a retainer's hours) */
            mandateId?: string;
            /**
             * @description draft: to review; issue_and_send: issued and e-mailed
             * @enum {string}
             */
            mode: "draft" | "issue_and_send";
            name: string;
            paymentDays?: number;
            reference?: string;
            /** @description hours per month at a rate (monthly only) */
            retainer?: {
                /**
                 * @description price of one hour, minor units
                 * @example 9500
                 */
                hourlyRate: number;
                /** @description hours included each month, in minutes (20 h = 1200) */
                minutesPerPeriod: number;
            } | null;
        };
        CreditNoteAnswer: {
            clientCredit: components["schemas"]["Money"];
            creditNote: {
                /** Format: date */
                date: string;
                id: string;
                invoiceId: string;
                number: string;
                reason: string;
                totals: components["schemas"]["CreditNoteTotals"];
            };
            invoice: components["schemas"]["InvoiceView"];
        };
        CreditNoteRecord: {
            clientId: string;
            /** Format: date */
            date: string;
            id: string;
            invoiceId: string;
            number: string;
            reason: string;
            totals: components["schemas"]["CreditNoteTotals"];
        };
        CreditNoteTotals: {
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            lines: {
                amount: {
                    amount: number;
                    /** @enum {string} */
                    currency: "CAD" | "EUR" | "USD";
                };
                lineIndex: number;
            }[];
            subtotal: {
                amount: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
            };
            taxes: (components["schemas"]["InvoiceTax"] & {
                amount: components["schemas"]["Money"];
                base: components["schemas"]["Money"];
            })[];
            taxTotal: {
                amount: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
            };
            total: {
                amount: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
            };
        };
        DashboardMoney: {
            /** @example 2026-11-26 */
            asOf: string;
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            /** @description goodwill given this calendar quarter */
            goodwill: {
                /** @example 2026-11-26 */
                from: string;
                minutes: number;
                /** @example 2026-11-26 */
                to: string;
                /** @description hours of members without a billable rate (no value) */
                unratedMinutes: number;
                /** @description cents: the hours at each member's billable rate */
                value: number;
            };
            /** @description what clients owe on issued invoices (the receivables' total) */
            outstanding: {
                /** @description minor units (cents), taxes included for what is invoiced */
                amount: number;
                invoices: number;
            };
            /** @description the part of it past its due date */
            overdue: {
                /** @description minor units (cents), taxes included for what is invoiced */
                amount: number;
                invoices: number;
            };
            /** @description open mandates' work not yet invoiced (each mandate's money ledger) */
            unbilled: {
                /** @description cents before taxes: work done (and costs) not yet invoiced */
                amount: number;
                mandates: number;
                /** @description open mandates in another currency, not added in */
                otherCurrencies: number;
            };
        };
        Decision: {
            arguments: {
                id: string;
                /** @enum {string} */
                option: "continue" | "renegotiate" | "stop";
                /** @enum {string} */
                origin: "fact" | "user";
                /** @enum {string} */
                side: "pro" | "con";
                text: {
                    en: string;
                    fr: string;
                };
                weight: number;
            }[];
            clientId: string;
            /** Format: date */
            createdOn: string;
            criteria: {
                id: string;
                ratings: {
                    continue?: number;
                    renegotiate?: number;
                    stop?: number;
                };
                statement: string;
                weight: number;
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            facts: {
                continue: {
                    /** @enum {string} */
                    effect: "pro" | "con" | "neutral";
                    key: string;
                    label: {
                        en: string;
                        fr: string;
                    };
                    sources: {
                        /** @enum {string} */
                        entity: "time_entry" | "invoice" | "claim" | "offer" | "mandate" | "change_order" | "signal" | "value";
                        id: string;
                    }[];
                    /** @enum {string} */
                    unit: "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points" | "hours_per_week";
                    value: number | null;
                }[];
                renegotiate: {
                    /** @enum {string} */
                    effect: "pro" | "con" | "neutral";
                    key: string;
                    label: {
                        en: string;
                        fr: string;
                    };
                    sources: {
                        /** @enum {string} */
                        entity: "time_entry" | "invoice" | "claim" | "offer" | "mandate" | "change_order" | "signal" | "value";
                        id: string;
                    }[];
                    /** @enum {string} */
                    unit: "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points" | "hours_per_week";
                    value: number | null;
                }[];
                stop: {
                    /** @enum {string} */
                    effect: "pro" | "con" | "neutral";
                    key: string;
                    label: {
                        en: string;
                        fr: string;
                    };
                    sources: {
                        /** @enum {string} */
                        entity: "time_entry" | "invoice" | "claim" | "offer" | "mandate" | "change_order" | "signal" | "value";
                        id: string;
                    }[];
                    /** @enum {string} */
                    unit: "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points" | "hours_per_week";
                    value: number | null;
                }[];
            };
            id: string;
            ratingsCarriedOver?: boolean;
            scores: {
                /**
                 * @description the option with the highest total; null on a tie or no score
                 * @enum {string|null}
                 */
                leading: "continue" | "renegotiate" | "stop" | null;
                options: {
                    arguments: number | null;
                    cons: number;
                    /** @enum {string} */
                    option: "continue" | "renegotiate" | "stop";
                    pros: number;
                    /** @enum {string} */
                    status: "scored" | "not_enough_information";
                    total: number | null;
                    values: number | null;
                }[];
            };
            /** @enum {string} */
            status: "draft";
            /** @description the decided worksheet this one revises */
            supersedes?: string;
        } | {
            arguments: {
                id: string;
                /** @enum {string} */
                option: "continue" | "renegotiate" | "stop";
                /** @enum {string} */
                origin: "fact" | "user";
                /** @enum {string} */
                side: "pro" | "con";
                text: {
                    en: string;
                    fr: string;
                };
                weight: number;
            }[];
            clientId: string;
            /** Format: date */
            createdOn: string;
            criteria: {
                id: string;
                ratings: {
                    continue?: number;
                    renegotiate?: number;
                    stop?: number;
                };
                statement: string;
                weight: number;
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            /** Format: date */
            decidedOn: string;
            facts: {
                continue: {
                    /** @enum {string} */
                    effect: "pro" | "con" | "neutral";
                    key: string;
                    label: {
                        en: string;
                        fr: string;
                    };
                    sources: {
                        /** @enum {string} */
                        entity: "time_entry" | "invoice" | "claim" | "offer" | "mandate" | "change_order" | "signal" | "value";
                        id: string;
                    }[];
                    /** @enum {string} */
                    unit: "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points" | "hours_per_week";
                    value: number | null;
                }[];
                renegotiate: {
                    /** @enum {string} */
                    effect: "pro" | "con" | "neutral";
                    key: string;
                    label: {
                        en: string;
                        fr: string;
                    };
                    sources: {
                        /** @enum {string} */
                        entity: "time_entry" | "invoice" | "claim" | "offer" | "mandate" | "change_order" | "signal" | "value";
                        id: string;
                    }[];
                    /** @enum {string} */
                    unit: "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points" | "hours_per_week";
                    value: number | null;
                }[];
                stop: {
                    /** @enum {string} */
                    effect: "pro" | "con" | "neutral";
                    key: string;
                    label: {
                        en: string;
                        fr: string;
                    };
                    sources: {
                        /** @enum {string} */
                        entity: "time_entry" | "invoice" | "claim" | "offer" | "mandate" | "change_order" | "signal" | "value";
                        id: string;
                    }[];
                    /** @enum {string} */
                    unit: "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points" | "hours_per_week";
                    value: number | null;
                }[];
            };
            id: string;
            ratingsCarriedOver?: boolean;
            rationale: string;
            scores: {
                /**
                 * @description the option with the highest total; null on a tie or no score
                 * @enum {string|null}
                 */
                leading: "continue" | "renegotiate" | "stop" | null;
                options: {
                    arguments: number | null;
                    cons: number;
                    /** @enum {string} */
                    option: "continue" | "renegotiate" | "stop";
                    pros: number;
                    /** @enum {string} */
                    status: "scored" | "not_enough_information";
                    total: number | null;
                    values: number | null;
                }[];
            };
            /** @enum {string} */
            status: "decided";
            /** @description the decided worksheet this one revises */
            supersedes?: string;
            /** @enum {string} */
            verdict: "continue" | "renegotiate" | "stop";
        };
        DecisionRow: {
            createdAt: string;
            id: string;
            /** @enum {string} */
            status: "draft" | "decided";
            updatedAt: string;
            /** @enum {string|null} */
            verdict: "continue" | "renegotiate" | "stop" | null;
        };
        DisableTwoFactor: {
            code: string;
            password: string;
        };
        DocumentParty: {
            addressLines: string[];
            email?: string;
            name: string;
            registrations: {
                label: string;
                value: string;
            }[];
        };
        Dso: {
            days: number;
            netCreditSales: components["schemas"]["Money"];
            periodDays: number;
            receivables: components["schemas"]["Money"];
        } | {
            days: null;
            /** @description why there is no figure */
            reason: string;
        };
        EnableTwoFactor: {
            code: string;
        };
        EstimateOffer: {
            items: {
                deliverableId: string;
                likely: number;
                optimistic: number;
                pessimistic: number;
            }[];
            memberId?: string;
        };
        ExecuteExit: {
            /** @default false */
            doNotReengage?: boolean;
            lesson: string;
            /**
             * @description send the frozen letter in the same step
             * @default false
             */
            sendLetter?: boolean;
        };
        Exit: {
            checks?: components["schemas"]["ExitChecks"];
            clientId: string;
            /** Format: date */
            createdOn: string;
            decisionId?: string;
            formalNotices: {
                breach: string;
                clientId: string;
                createdAt: string;
                cureDays: number;
                exitId?: string;
                id: string;
                invoices: {
                    /** @description minor units (cents) */
                    balance: number;
                    /** Format: date */
                    dueDate: string;
                    id: string;
                    number: string;
                }[];
                /** @enum {string} */
                lang: "fr" | "en";
                /** @enum {string} */
                method: "registered_mail" | "bailiff" | "email" | "hand_delivery";
                /** @enum {string} */
                ruleSet: "CA-QC" | "FR" | "common-law";
                /** Format: date */
                sentOn: string;
            }[];
            governingLaw: {
                /** @enum {string} */
                basis: "choice_of_law" | "provider_residence";
                consumerProtections?: string;
                jurisdiction: string;
                sources: components["schemas"]["LegalSource"][];
            };
            id: string;
            letter: {
                editedAt: string;
                frozen?: boolean;
                generated?: boolean;
                /** @enum {string} */
                lang: "fr" | "en";
                paragraphs: string[];
                subject: string;
            } | null;
            options: components["schemas"]["ExitOptionsView"];
            plan: components["schemas"]["ExitPlan"];
            sentLetters: {
                createdAt: string;
                error: string | null;
                id: string;
                sentAt: string | null;
                status: string;
                subject: string;
                to: string;
            }[];
            /** @enum {string} */
            status: "draft";
        } | {
            checks?: components["schemas"]["ExitChecks"];
            clientId: string;
            /** Format: date */
            createdOn: string;
            decisionId?: string;
            formalNotices: {
                breach: string;
                clientId: string;
                createdAt: string;
                cureDays: number;
                exitId?: string;
                id: string;
                invoices: {
                    /** @description minor units (cents) */
                    balance: number;
                    /** Format: date */
                    dueDate: string;
                    id: string;
                    number: string;
                }[];
                /** @enum {string} */
                lang: "fr" | "en";
                /** @enum {string} */
                method: "registered_mail" | "bailiff" | "email" | "hand_delivery";
                /** @enum {string} */
                ruleSet: "CA-QC" | "FR" | "common-law";
                /** Format: date */
                sentOn: string;
            }[];
            governingLaw: {
                /** @enum {string} */
                basis: "choice_of_law" | "provider_residence";
                consumerProtections?: string;
                jurisdiction: string;
                sources: components["schemas"]["LegalSource"][];
            };
            id: string;
            letter: {
                editedAt: string;
                frozen?: boolean;
                generated?: boolean;
                /** @enum {string} */
                lang: "fr" | "en";
                paragraphs: string[];
                subject: string;
            } | null;
            options: components["schemas"]["ExitOptionsView"];
            plan: components["schemas"]["ExitPlan"];
            /** Format: date */
            readyOn: string;
            sentLetters: {
                createdAt: string;
                error: string | null;
                id: string;
                sentAt: string | null;
                status: string;
                subject: string;
                to: string;
            }[];
            /** @enum {string} */
            status: "ready";
        } | {
            checks?: components["schemas"]["ExitChecks"];
            clientId: string;
            /** Format: date */
            createdOn: string;
            decisionId?: string;
            doNotReengage: boolean;
            /** Format: date */
            executedOn: string;
            formalNotices: {
                breach: string;
                clientId: string;
                createdAt: string;
                cureDays: number;
                exitId?: string;
                id: string;
                invoices: {
                    /** @description minor units (cents) */
                    balance: number;
                    /** Format: date */
                    dueDate: string;
                    id: string;
                    number: string;
                }[];
                /** @enum {string} */
                lang: "fr" | "en";
                /** @enum {string} */
                method: "registered_mail" | "bailiff" | "email" | "hand_delivery";
                /** @enum {string} */
                ruleSet: "CA-QC" | "FR" | "common-law";
                /** Format: date */
                sentOn: string;
            }[];
            governingLaw: {
                /** @enum {string} */
                basis: "choice_of_law" | "provider_residence";
                consumerProtections?: string;
                jurisdiction: string;
                sources: components["schemas"]["LegalSource"][];
            };
            id: string;
            lesson: string;
            letter: {
                editedAt: string;
                frozen?: boolean;
                generated?: boolean;
                /** @enum {string} */
                lang: "fr" | "en";
                paragraphs: string[];
                subject: string;
            } | null;
            options: components["schemas"]["ExitOptionsView"];
            plan: components["schemas"]["ExitPlan"];
            /** Format: date */
            readyOn: string;
            sentLetters: {
                createdAt: string;
                error: string | null;
                id: string;
                sentAt: string | null;
                status: string;
                subject: string;
                to: string;
            }[];
            /** @enum {string} */
            status: "executed";
        } | {
            /** @enum {string} */
            abandonedFrom: "draft" | "ready";
            /** Format: date */
            abandonedOn: string;
            checks?: components["schemas"]["ExitChecks"];
            clientId: string;
            /** Format: date */
            createdOn: string;
            decisionId?: string;
            formalNotices: {
                breach: string;
                clientId: string;
                createdAt: string;
                cureDays: number;
                exitId?: string;
                id: string;
                invoices: {
                    /** @description minor units (cents) */
                    balance: number;
                    /** Format: date */
                    dueDate: string;
                    id: string;
                    number: string;
                }[];
                /** @enum {string} */
                lang: "fr" | "en";
                /** @enum {string} */
                method: "registered_mail" | "bailiff" | "email" | "hand_delivery";
                /** @enum {string} */
                ruleSet: "CA-QC" | "FR" | "common-law";
                /** Format: date */
                sentOn: string;
            }[];
            governingLaw: {
                /** @enum {string} */
                basis: "choice_of_law" | "provider_residence";
                consumerProtections?: string;
                jurisdiction: string;
                sources: components["schemas"]["LegalSource"][];
            };
            id: string;
            letter: {
                editedAt: string;
                frozen?: boolean;
                generated?: boolean;
                /** @enum {string} */
                lang: "fr" | "en";
                paragraphs: string[];
                subject: string;
            } | null;
            options: components["schemas"]["ExitOptionsView"];
            plan: components["schemas"]["ExitPlan"];
            reason: string;
            sentLetters: {
                createdAt: string;
                error: string | null;
                id: string;
                sentAt: string | null;
                status: string;
                subject: string;
                to: string;
            }[];
            /** @enum {string} */
            status: "abandoned";
        };
        ExitChecks: {
            blocking: boolean;
            checks: {
                code: string;
                fix?: {
                    /** Format: date */
                    date: string;
                    finishMandates: string[];
                    /** @enum {string} */
                    kind: "effective_date";
                } | {
                    /** @enum {string} */
                    kind: "prepare_formal_notice";
                } | {
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    kind: "longer_notice_or_acknowledge";
                } | {
                    /** @enum {string} */
                    kind: "write_reasons";
                    /** @enum {string} */
                    lang: "fr" | "en";
                } | {
                    /** @enum {string} */
                    kind: "link_evidence";
                };
                message: {
                    en: string;
                    fr: string;
                };
                passed: boolean;
                /** @enum {string} */
                severity: "advice" | "warning" | "blocking";
                source: {
                    article: string;
                    /** @enum {string} */
                    status?: "official" | "secondary" | "unverified";
                    title: string;
                    url: string;
                };
            }[];
            disclaimer: {
                en: string;
                fr: string;
            };
            /** @enum {string} */
            ruleSet: "CA-QC" | "FR" | "common-law";
        };
        ExitOptions: {
            /** @enum {string} */
            basis?: "convenience" | "cause";
            choices?: {
                /** @description per cancelled offer: credit its deposit (default) or keep it against costs */
                deposits?: {
                    [key: string]: "credit" | "keep_against_costs";
                };
                expenses?: {
                    [key: string]: number;
                };
                invoices?: {
                    [key: string]: "collect" | "payment_plan" | "write_off";
                };
                mandates?: {
                    [key: string]: "stop_now" | "finish_milestone" | "hand_over";
                };
            };
            contract?: {
                clientWaived2125?: boolean;
                cureDays?: number;
                /** @enum {string} */
                duration: "indefinite" | "fixed_term" | "project";
                establishedRelationship?: boolean;
                /** @example 2026-11-26 */
                relationshipStart?: string;
                /** @description France: knowingly give a notice shorter than L442-1 suggests (recorded with the date) */
                shortNoticeAcknowledgement?: string;
                terminationClause?: {
                    noticeDays: number;
                    reference: string;
                };
            };
            /** @description the recorded formal notice the exit relies on */
            formalNoticeId?: string;
            handover?: {
                applicable?: boolean;
                /** @example 2026-11-26 */
                dueDate?: string;
                /** @enum {string} */
                key: "files" | "repository" | "credentials" | "dns_hosting" | "backups" | "successor_notes";
                notes?: string;
            }[];
            includeReasons?: boolean;
            /** @enum {string} */
            initiatedBy?: "provider" | "client" | "mutual";
            reason?: {
                /** @enum {string} */
                category: "clientNonPaymentOfDueSums" | "repeatedInterference" | "unilateralChangeOfTerms" | "clientBadFaith" | "majorScopeChangeUnderFixedPrice" | "other" | "scheduleConflict" | "betterOffer" | "personalityClash" | "fearOfNonPayment" | "minorLatePayment";
                description?: string;
                /** @description records of this client that show the reason (404 for an unknown id) */
                evidence: {
                    id: string;
                    /** @enum {string} */
                    kind: "signal" | "round" | "change_order" | "invoice" | "formal_notice";
                }[];
            };
            reasons?: {
                en: string;
                fr: string;
            };
            referral?: {
                contact?: string;
                name: string;
            };
            /** @enum {string} */
            tone?: "cordial" | "firm";
        };
        ExitOptionsView: {
            /** @enum {string} */
            basis: "convenience" | "cause";
            choices: {
                deposits?: {
                    [key: string]: "credit" | "keep_against_costs";
                };
                expenses?: {
                    [key: string]: number;
                };
                invoices?: {
                    [key: string]: "collect" | "payment_plan" | "write_off";
                };
                mandates?: {
                    [key: string]: "stop_now" | "finish_milestone" | "hand_over";
                };
            };
            contract: {
                clientWaived2125?: boolean;
                cureDays?: number;
                /** @enum {string} */
                duration: "indefinite" | "fixed_term" | "project";
                establishedRelationship?: boolean;
                relationshipStart?: string;
                shortNoticeAcknowledged?: {
                    on: string;
                    text: string;
                };
                terminationClause?: {
                    noticeDays: number;
                    reference: string;
                };
            };
            formalNoticeId?: string;
            handover?: {
                applicable?: boolean;
                dueDate?: string;
                /** @enum {string} */
                key: "files" | "repository" | "credentials" | "dns_hosting" | "backups" | "successor_notes";
                notes?: string;
            }[];
            includeReasons: boolean;
            /** @enum {string} */
            initiatedBy: "provider" | "client" | "mutual";
            reason?: {
                /** @enum {string} */
                category: "clientNonPaymentOfDueSums" | "repeatedInterference" | "unilateralChangeOfTerms" | "clientBadFaith" | "majorScopeChangeUnderFixedPrice" | "other" | "scheduleConflict" | "betterOffer" | "personalityClash" | "fearOfNonPayment" | "minorLatePayment";
                description?: string;
                evidence: {
                    id: string;
                    /** @enum {string} */
                    kind: "signal" | "round" | "change_order" | "invoice" | "formal_notice";
                    label: {
                        en: string;
                        fr: string;
                    };
                }[];
            };
            reasons?: {
                en: string;
                fr: string;
            };
            referral?: {
                contact?: string;
                name: string;
            };
            /** @enum {string} */
            tone: "cordial" | "firm";
        };
        ExitPlan: {
            clientId: string;
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            /** Format: date */
            effectiveDate: string;
            exitId: string;
            handover: {
                applicable: boolean;
                /** Format: date */
                doneOn: string | null;
                /** Format: date */
                dueDate: string;
                /** @enum {string} */
                key: "files" | "repository" | "credentials" | "dns_hosting" | "backups" | "successor_notes";
                label: {
                    en: string;
                    fr: string;
                };
                notes?: string;
            }[];
            invoices: {
                /** @enum {string} */
                action: "collect" | "payment_plan" | "write_off" | "credit";
                balance: number;
                /** Format: date */
                dueDate: string;
                id: string;
                /** Format: date */
                issueDate: string;
                lateInterestBps?: number;
                number: string;
                total: number;
            }[];
            jurisdiction: string;
            mandates: {
                /** @enum {string} */
                action: "stop_now" | "finish_milestone" | "hand_over";
                delivered: string[];
                mandateId: string;
                milestones: {
                    /** Format: date */
                    date: string;
                    title: string;
                }[];
                nextMilestone?: {
                    /** Format: date */
                    date: string;
                    title: string;
                };
                notDelivered: string[];
                reference: string;
                settlement: {
                    creditNoteAmount: number;
                    earned: number;
                    expenses: number;
                    finalInvoiceAmount: number;
                    invoicedToDate: number;
                    receivedToDate: number;
                    refundAmount: number;
                    usablePropertyValue: number;
                    workValue: number;
                };
                /** Format: date */
                signedOn: string;
                title: string;
                toDeliver: string[];
            }[];
            /** Format: date */
            noticeDate: string;
            noticeDays: number;
            offers: {
                /** @enum {string} */
                action: "cancel";
                amount: number;
                deposit?: {
                    /** @enum {string} */
                    action: "credit" | "keep_against_costs";
                    cancellationConditions: string;
                    creditNote: number;
                    invoiced: number;
                    lines: {
                        amount: number;
                        invoiceId: string;
                        invoiceNumber: string;
                        position: number;
                        wholeInvoice: boolean;
                    }[];
                    paid: number;
                    refund: number;
                };
                id: string;
                reference: string;
                /** Format: date */
                signedOn?: string;
                /** @enum {string} */
                status: "draft" | "sent" | "signed";
                title: string;
            }[];
            totals: {
                cancelledOffers: number;
                creditNote: number;
                depositCredit: number;
                depositRefund: number;
                finalInvoice: number;
                outstanding: number;
                refund: number;
            };
        };
        ExitRow: {
            createdAt: string;
            id: string;
            /** @enum {string} */
            status: "draft" | "ready" | "executed" | "abandoned";
            updatedAt: string;
        };
        FormalNotice: {
            breach: string;
            clientId: string;
            createdAt: string;
            cureDays: number;
            exitId?: string;
            id: string;
            invoices: {
                balance: number;
                dueDate: string;
                id: string;
                number: string;
            }[];
            /** @enum {string} */
            lang: "fr" | "en";
            letter: {
                paragraphs: string[];
                subject: string;
            };
            /** @enum {string} */
            method: "registered_mail" | "bailiff" | "email" | "hand_delivery";
            /** @enum {string} */
            ruleSet: "CA-QC" | "FR" | "common-law";
            sentOn: string;
        };
        GoodwillBudget: {
            hours: number | null;
            id: string;
            /** @enum {string} */
            scope: "client" | "mandate";
        };
        GoodwillSummary: {
            clients: {
                budget?: {
                    budgetHours: number;
                    message: {
                        en: string;
                        fr: string;
                    };
                    ratio?: number;
                    /** @enum {string} */
                    status: "ok" | "warning" | "exceeded";
                    usedHours: number;
                };
                hours: number;
                id: string;
                minutes: number;
                name: string;
                /** @description hours by members without a billable rate: value unknown */
                unratedHours: number;
                value: components["schemas"]["Money"];
            }[];
            mandates: {
                budget?: {
                    budgetHours: number;
                    message: {
                        en: string;
                        fr: string;
                    };
                    ratio?: number;
                    /** @enum {string} */
                    status: "ok" | "warning" | "exceeded";
                    usedHours: number;
                };
                clientId: string;
                hours: number;
                id: string;
                minutes: number;
                name: string;
                /** @description hours by members without a billable rate: value unknown */
                unratedHours: number;
                value: components["schemas"]["Money"];
            }[];
            total: {
                hours: number;
                minutes: number;
                unratedHours: number;
                value: components["schemas"]["Money"];
            };
        };
        HealthMetric: {
            /** @enum {string} */
            currency?: "CAD" | "EUR" | "USD";
            explanation: components["schemas"]["Localized"];
            key: components["schemas"]["HealthMetricKey"];
            sources: {
                /** @enum {string} */
                entity: "time_entry" | "invoice" | "claim" | "offer" | "mandate" | "change_order" | "signal" | "value";
                id: string;
            }[];
            /** @enum {string} */
            status: "good" | "watch" | "bad" | "unknown";
            /** @enum {string} */
            unit: "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points";
            value: number | null;
        };
        /** @enum {string} */
        HealthMetricKey: "effective_hourly_rate" | "goodwill_hours" | "goodwill_value" | "scope_creep_index" | "feedback_rounds_per_mandate" | "repeated_points" | "change_order_acceptance" | "payment_delay" | "overdue_amount" | "revenue_concentration" | "warning_signals" | "values_alignment";
        HealthScore: {
            known: number;
            parts: {
                key: components["schemas"]["HealthMetricKey"];
                points: number;
                weight: number;
            }[];
            required: number;
            /** @description 0-100, or null (not enough data yet) */
            value: number | null;
        };
        HealthSettings: {
            criticalThreshold?: number;
            signalHalfLifeDays?: number;
            threshold?: number;
            weights?: {
                [key: string]: number;
            };
        };
        HealthSettingsResolved: {
            bands: {
                change_order_acceptance?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                effective_hourly_rate?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                feedback_rounds_per_mandate?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                goodwill_hours?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                goodwill_value?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                overdue_amount?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                payment_delay?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                repeated_points?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                revenue_concentration?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                scope_creep_index?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                values_alignment?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
                warning_signals?: {
                    good: number;
                    higherIsBetter: boolean;
                    watch: number;
                };
            };
            criticalThreshold: number;
            signalHalfLifeDays: number;
            threshold: number;
            weights: {
                change_order_acceptance?: number;
                effective_hourly_rate?: number;
                feedback_rounds_per_mandate?: number;
                goodwill_hours?: number;
                goodwill_value?: number;
                overdue_amount?: number;
                payment_delay?: number;
                repeated_points?: number;
                revenue_concentration?: number;
                scope_creep_index?: number;
                values_alignment?: number;
                warning_signals?: number;
            };
        };
        /** @description The health at a month's end: score, level, and each metric's figure and grade (no sentence nor record) */
        HealthTrendFigures: {
            metrics: {
                /** @enum {string} */
                currency?: "CAD" | "EUR" | "USD";
                key: components["schemas"]["HealthMetricKey"];
                /** @enum {string} */
                status: "good" | "watch" | "bad" | "unknown";
                /** @enum {string} */
                unit: "money_per_hour" | "hours" | "money" | "ratio" | "rounds" | "days" | "points";
                value: number | null;
            }[];
            score: components["schemas"]["HealthScore"];
            warning: {
                /** @enum {string} */
                level: "none" | "warning" | "critical";
            };
        };
        HealthTrendPoint: {
            /** @example 2026-11-26 */
            from?: string;
            health: components["schemas"]["HealthTrendFigures"];
            month: string;
            /** @example 2026-11-26 */
            to: string;
        };
        HealthWarning: {
            /** @description The metrics graded bad, in display order; `GET /clients/{id}/health` explains them with their records */
            badMetrics: components["schemas"]["HealthMetricKey"][];
            clientId: string;
            clientName: string;
            score: {
                value: number | null;
            };
            warning: {
                /** @enum {string} */
                level: "warning" | "critical";
            };
        };
        ImportedRound: components["schemas"]["RoundView"] & {
            message: {
                attachments: {
                    contentType: string;
                    filename: string;
                    size: number;
                }[];
                folder: string;
                messageId: string | null;
                receivedOn: string;
                sender: string;
                sentAt: string | null;
                subject: string;
                uid: number;
            };
        };
        InviteMember: {
            /** @example 9500 */
            billableRate?: number;
            /** @example 9500 */
            costRate?: number;
            /** Format: email */
            email: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "member" | "viewer";
            weeklyCapacityHours?: number;
        };
        InvoiceBalance: {
            balance: components["schemas"]["Money"] & unknown;
            credited: components["schemas"]["Money"];
            paid: components["schemas"]["Money"];
            total: components["schemas"]["Money"];
            writtenOff: components["schemas"]["Money"];
        };
        InvoiceDetail: components["schemas"]["InvoiceView"] & {
            creditNoteRecords: components["schemas"]["CreditNoteRecord"][];
            paymentRecords: components["schemas"]["PaymentRecord"][];
        };
        InvoiceDetails: {
            buyer: {
                purchaseOrder?: string;
                siren?: string;
                vatNumber?: string;
            };
            deliveryAddress?: string;
            evidence: {
                code: string;
                description: string;
            }[];
            /** @enum {string} */
            language: "fr" | "en";
            /** @description annual rate in basis points written in the terms (0: legal rate) */
            lateInterestBps: number;
            lines: {
                detail?: string;
                mandateId?: string;
                offerId?: string;
                source?: {
                    id: string;
                    /** @enum {string} */
                    kind: "deposit" | "offer" | "change_order" | "time" | "cost" | "interest" | "manual";
                };
                unit?: string;
            }[];
            mentions: {
                /** @enum {string} */
                code: "vat_franchise_293b" | "reverse_charge" | "zero_rated_export" | "fr_outside_scope_259_1";
                text: {
                    en: string;
                    fr: string;
                };
            }[];
            /** @enum {string} */
            operationCategory?: "services" | "goods" | "mixed";
            paymentDays: number;
            placeOfSupply: string;
            reference?: string;
            /** @enum {string} */
            regime: "ca_domestic" | "ca_zero_rated_export" | "ca_unregistered" | "fr_domestic" | "fr_franchise" | "fr_reverse_charge_eu" | "fr_outside_scope";
            supplyDate?: {
                from: string;
                to: string;
            };
            warnings: {
                code: string;
                message: string;
            }[];
        };
        InvoiceDraftAnswer: {
            details: components["schemas"]["InvoiceDetails"];
            invoice: {
                clientId: string;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                id: string;
                lines: components["schemas"]["InvoiceLine"][];
                /** @enum {string} */
                status: "draft";
                taxes: components["schemas"]["InvoiceTax"][];
            };
            warnings: {
                code: string;
                message: string;
                source: components["schemas"]["RuleSource"];
            }[];
        };
        InvoiceLine: {
            description: string;
            discount?: {
                /** @enum {string} */
                kind: "percent";
                ratePpm: number;
            } | {
                /** @description minor units (cents) */
                amount: number;
                /** @enum {string} */
                kind: "amount";
            };
            /** @description thousandths: 1500 = 1.5 */
            quantityMilli: number;
            /** @description omitted: every tax applies; []: not taxable */
            taxIds?: string[];
            /** @description minor units (cents) */
            unitPrice: number;
        };
        InvoiceLineInput: {
            description: string;
            detail?: string;
            discount?: {
                /** @enum {string} */
                kind: "percent";
                ratePpm: number;
            } | {
                /** @example 9500 */
                amount: number;
                /** @enum {string} */
                kind: "amount";
            };
            /** @description the mandate a manual line bills for (its ledger counts it) */
            mandateId?: string;
            /** @description thousandths: 1500 = 1.5 */
            quantityMilli: number;
            /** @description editing a draft: the index of the line billed from a source that this line keeps */
            sourceIndex?: number;
            /** @description default true */
            taxable?: boolean;
            unit?: string;
            /** @example 9500 */
            unitPrice: number;
        };
        InvoicePage: {
            items: components["schemas"]["InvoiceRow"][];
            page: number;
            pageSize: number;
            total: number;
        };
        InvoicePaymentAnswer: {
            clientCredit: components["schemas"]["Money"];
            invoice: components["schemas"]["InvoiceView"];
            paymentId: string;
        };
        InvoiceRow: {
            /** @description minor units (cents) */
            balance: number;
            clientId: string;
            /** @description the client's name as it is now */
            clientName: string;
            createdAt: string;
            /** @description minor units (cents) */
            credited: number;
            currency: string;
            /** Format: date */
            dueDate: string | null;
            id: string;
            /** Format: date */
            issueDate: string | null;
            number: string | null;
            /** @description minor units (cents) */
            paid: number;
            /** @enum {string} */
            status: "draft" | "issued" | "partially_paid" | "paid" | "credited" | "written_off";
            /** @description minor units (cents) */
            subtotal: number;
            /** @description minor units (cents) */
            taxTotal: number;
            /** @description minor units (cents) */
            total: number;
        };
        InvoiceSendings: {
            /** @description when the client first opened it in the portal */
            firstOpenedAt: string | null;
            messages: components["schemas"]["OutboxMessage"][];
        };
        InvoiceSent: {
            message: components["schemas"]["OutboxMessage"];
            portalUrl: string;
        };
        InvoiceSources: {
            caps: {
                /** @description minor units (cents) */
                capLeft: number;
                mandateId: string;
                /** @description minor units (cents) */
                overCap: number;
                /** @description minor units (cents) */
                uninvoiced: number;
            }[];
            changeOrders: {
                /** @description minor units (cents) */
                amount: number;
                changeOrderId: string;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                mandateId: string;
                number: string;
                title: string;
            }[];
            costs: {
                /** @description minor units (cents) */
                amount: number;
                costId: string;
                /** Format: date */
                date: string;
                description: string;
                mandateId: string;
                taxable: boolean;
            }[];
            deposits: {
                /** @description minor units (cents) */
                amount: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                depositBps: number;
                mandateId: string | null;
                number: string;
                offerId: string;
                title: string;
            }[];
            offers: {
                /** @description minor units (cents) */
                balanceAmount: number;
                /** @description the invoices that billed it so far */
                billedOn: string[];
                /** @description minor units (cents) */
                billedToDate: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                mandateId: string;
                /** @enum {string} */
                mandateStatus: "accepted" | "active" | "closed" | "delivered" | "stopped";
                number: string;
                offerId: string;
                /** @description minor units (cents) */
                price: number;
                progress: {
                    /** @enum {string} */
                    basis: "price" | "estimate" | "count" | "set_by_user";
                    note: string | null;
                    percent: number;
                };
                /** @description minor units (cents) */
                progressAmount: number;
                title: string;
            }[];
            time: {
                /** @description minor units (cents) */
                amount: number;
                /** @description per hour, minor units */
                billableRate: number;
                /** Format: date */
                date: string;
                id: string;
                mandateId: string | null;
                memberId: string;
                minutes: number;
                note: string;
            }[];
        };
        InvoiceTax: {
            /** @enum {string} */
            category?: "standard" | "intermediate" | "reduced" | "super_reduced" | "zero_rated";
            /**
             * Format: date
             * @description a dated rate: in force from (inclusive)
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description a dated rate: in force until (inclusive)
             */
            effectiveTo?: string;
            id: string;
            /** @example CA-QC */
            jurisdiction: string;
            note?: string;
            /** @description parts per million: 9.975 % = 99750 */
            ratePpm: number;
            source?: components["schemas"]["RuleSource"];
            /** @enum {string} */
            taxCode: "GST" | "QST" | "HST" | "TVA";
        };
        InvoiceTotals: {
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            lines: {
                amount: {
                    amount: number;
                    /** @enum {string} */
                    currency: "CAD" | "EUR" | "USD";
                };
                discount: {
                    amount: number;
                    /** @enum {string} */
                    currency: "CAD" | "EUR" | "USD";
                };
                gross: {
                    amount: number;
                    /** @enum {string} */
                    currency: "CAD" | "EUR" | "USD";
                };
                index: number;
                taxIds: string[];
            }[];
            subtotal: {
                amount: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
            };
            taxes: (components["schemas"]["InvoiceTax"] & {
                amount: components["schemas"]["Money"];
                base: components["schemas"]["Money"];
            })[];
            taxTotal: {
                amount: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
            };
            total: {
                amount: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
            };
        };
        InvoiceView: {
            clientId: string;
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            details: components["schemas"]["InvoiceDetails"];
            id: string;
            lines: components["schemas"]["InvoiceLine"][];
            /** @enum {string} */
            status: "draft";
            taxes: components["schemas"]["InvoiceTax"][];
            /** @description the stored version (optimistic concurrency) */
            version: number;
        } | {
            balance: components["schemas"]["InvoiceBalance"];
            clientId: string;
            creditNotes: {
                /** Format: date */
                date: string;
                id: string;
                reason: string;
                totals: components["schemas"]["CreditNoteTotals"];
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            details: components["schemas"]["InvoiceDetails"];
            /** Format: date */
            dueDate: string;
            id: string;
            /** Format: date */
            issueDate: string;
            lines: components["schemas"]["InvoiceLine"][];
            number: string;
            payments: {
                amount: components["schemas"]["Money"];
                /** Format: date */
                date: string;
                id: string;
            }[];
            /** @enum {string} */
            status: "issued";
            /**
             * Format: date
             * @description the tax point that chose the rates
             */
            taxDate: string;
            taxes: components["schemas"]["InvoiceTax"][];
            totals: components["schemas"]["InvoiceTotals"];
            /** @description the stored version (optimistic concurrency) */
            version: number;
        } | {
            balance: components["schemas"]["InvoiceBalance"];
            clientId: string;
            creditNotes: {
                /** Format: date */
                date: string;
                id: string;
                reason: string;
                totals: components["schemas"]["CreditNoteTotals"];
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            details: components["schemas"]["InvoiceDetails"];
            /** Format: date */
            dueDate: string;
            id: string;
            /** Format: date */
            issueDate: string;
            lines: components["schemas"]["InvoiceLine"][];
            number: string;
            payments: {
                amount: components["schemas"]["Money"];
                /** Format: date */
                date: string;
                id: string;
            }[];
            /** @enum {string} */
            status: "partially_paid";
            /**
             * Format: date
             * @description the tax point that chose the rates
             */
            taxDate: string;
            taxes: components["schemas"]["InvoiceTax"][];
            totals: components["schemas"]["InvoiceTotals"];
            /** @description the stored version (optimistic concurrency) */
            version: number;
        } | {
            balance: components["schemas"]["InvoiceBalance"];
            clientId: string;
            creditNotes: {
                /** Format: date */
                date: string;
                id: string;
                reason: string;
                totals: components["schemas"]["CreditNoteTotals"];
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            details: components["schemas"]["InvoiceDetails"];
            /** Format: date */
            dueDate: string;
            id: string;
            /** Format: date */
            issueDate: string;
            lines: components["schemas"]["InvoiceLine"][];
            number: string;
            payments: {
                amount: components["schemas"]["Money"];
                /** Format: date */
                date: string;
                id: string;
            }[];
            /** @enum {string} */
            status: "paid";
            /**
             * Format: date
             * @description the tax point that chose the rates
             */
            taxDate: string;
            taxes: components["schemas"]["InvoiceTax"][];
            totals: components["schemas"]["InvoiceTotals"];
            /** @description the stored version (optimistic concurrency) */
            version: number;
        } | {
            balance: components["schemas"]["InvoiceBalance"];
            clientId: string;
            creditNotes: {
                /** Format: date */
                date: string;
                id: string;
                reason: string;
                totals: components["schemas"]["CreditNoteTotals"];
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            details: components["schemas"]["InvoiceDetails"];
            /** Format: date */
            dueDate: string;
            id: string;
            /** Format: date */
            issueDate: string;
            lines: components["schemas"]["InvoiceLine"][];
            number: string;
            payments: {
                amount: components["schemas"]["Money"];
                /** Format: date */
                date: string;
                id: string;
            }[];
            /** @enum {string} */
            status: "credited";
            /**
             * Format: date
             * @description the tax point that chose the rates
             */
            taxDate: string;
            taxes: components["schemas"]["InvoiceTax"][];
            totals: components["schemas"]["InvoiceTotals"];
            /** @description the stored version (optimistic concurrency) */
            version: number;
        } | {
            balance: components["schemas"]["InvoiceBalance"];
            clientId: string;
            creditNotes: {
                /** Format: date */
                date: string;
                id: string;
                reason: string;
                totals: components["schemas"]["CreditNoteTotals"];
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            details: components["schemas"]["InvoiceDetails"];
            /** Format: date */
            dueDate: string;
            id: string;
            /** Format: date */
            issueDate: string;
            lines: components["schemas"]["InvoiceLine"][];
            number: string;
            payments: {
                amount: components["schemas"]["Money"];
                /** Format: date */
                date: string;
                id: string;
            }[];
            /** @enum {string} */
            status: "written_off";
            /**
             * Format: date
             * @description the tax point that chose the rates
             */
            taxDate: string;
            taxes: components["schemas"]["InvoiceTax"][];
            totals: components["schemas"]["InvoiceTotals"];
            /** @description the stored version (optimistic concurrency) */
            version: number;
            writeOff: {
                amount: components["schemas"]["Money"];
                /** Format: date */
                date: string;
                reason: string;
            };
        };
        IsoWeek: {
            key: string;
            /** Format: date */
            monday: string;
            /** Format: date */
            sunday: string;
            week: number;
            year: number;
        };
        IssueInvoice: {
            /** @example 2026-11-26 */
            issueDate?: string;
            /** @example 2026-11-26 */
            taxDate?: string;
        };
        LateInterest: {
            /** Format: date */
            asOf: string;
            days: number;
            /** Format: date */
            dueDate: string;
            indemnity: components["schemas"]["Money"] & unknown;
            interest: components["schemas"]["Money"];
            invoiceId: string;
            number: string;
            principal: components["schemas"]["Money"];
            quebec: {
                annualEquivalent?: {
                    effectivePpm: number;
                    nominalPpm: number;
                };
                annualRatePpm: number;
                /** @enum {string} */
                basis: "contract_rate" | "legal_rate" | "interest_act_s4_cap";
                days: number;
                /**
                 * Format: date
                 * @description first day that bears interest (absent: not in default)
                 */
                from?: string;
                interest: components["schemas"]["Money"];
                /** Format: date */
                prescriptionDate: string;
                sources: components["schemas"]["RuleSource"][];
                warnings: {
                    /** @enum {string} */
                    code: "no_demeure_yet" | "interest_act_s4_cap" | "criminal_rate" | "prescription_soon";
                    message: string;
                    source: components["schemas"]["RuleSource"];
                }[];
            };
            /** @enum {string} */
            rules: "quebec";
            total: components["schemas"]["Money"];
        } | {
            /** Format: date */
            asOf: string;
            days: number;
            /** Format: date */
            dueDate: string;
            france: {
                days: number;
                indemnity: components["schemas"]["Money"];
                penalty: components["schemas"]["Money"];
                segments: {
                    days: number;
                    /** Format: date */
                    from: string;
                    /** @example 2026-H1 */
                    halfYear: string;
                    ratePpm: number;
                    /** Format: date */
                    to: string;
                }[];
                sources: components["schemas"]["RuleSource"][];
                total: components["schemas"]["Money"];
                warnings: {
                    /** @enum {string} */
                    code: "consumer" | "contract_rate_below_floor";
                    message: string;
                    source: components["schemas"]["RuleSource"];
                }[];
            };
            indemnity: components["schemas"]["Money"] & unknown;
            interest: components["schemas"]["Money"];
            invoiceId: string;
            number: string;
            principal: components["schemas"]["Money"];
            /** @enum {string} */
            rules: "france";
            total: components["schemas"]["Money"];
        };
        LegalSource: {
            article: string;
            /** @enum {string} */
            status?: "official" | "secondary" | "unverified";
            title: string;
            url: string;
        };
        Localized: {
            en: string;
            fr: string;
        };
        LogIn: {
            /** @description the second factor when the account has one: the app's 6-digit code or a recovery code */
            code?: string;
            /** Format: email */
            email: string;
            password: string;
        };
        LogTime: {
            category: components["schemas"]["TimeCategory"];
            claimId?: string;
            /** @example 2026-11-26 */
            date: string;
            mandateId?: string;
            memberId?: string;
            minutes: number;
            note?: string;
        };
        MailboxImport: {
            folder?: string;
            /** @description The message's IMAP UID in the folder */
            uid: number;
        };
        MailboxInput: {
            /** @default INBOX */
            folder?: string;
            /** @example imap.example.test */
            host: string;
            /** @description Absent: keep the stored password */
            password?: string;
            /** @example 993 */
            port: number;
            /**
             * @description `tls`: TLS from the start (port 993); `starttls`: upgraded (port 143); `none`: only to a server on this machine
             * @enum {string}
             */
            security: "tls" | "starttls" | "none";
            username: string;
        };
        MailboxMessage: {
            attachments: {
                contentType: string;
                filename: string;
                size: number;
            }[];
            /** @enum {string|null} */
            clientMatch: "address" | "domain" | null;
            date: string | null;
            from: {
                address: string;
                name: string;
            } | null;
            imported: {
                importedAt: string;
                mandateId: string;
                roundId: string;
            } | null;
            messageId: string | null;
            size: number;
            subject: string;
            uid: number;
        };
        MailboxSettings: {
            configured: boolean;
            folder: string;
            host: string;
            /** @description Why the last poll failed; null once one succeeds */
            lastError: string | null;
            lastErrorAt: string | null;
            /** @description When the server last polled the mailbox */
            polledAt: string | null;
            port: number;
            /**
             * @description `tls`: TLS from the start (port 993); `starttls`: upgraded (port 143); `none`: only to a server on this machine
             * @enum {string}
             */
            security: "tls" | "starttls" | "none";
            updatedAt: string | null;
            username: string;
        };
        MailImportConflict: components["schemas"]["Problem"] & {
            importedAt?: string;
            mandateId?: string;
            roundId?: string;
        };
        MailServerProblem: components["schemas"]["Problem"] & {
            reason?: string;
        };
        Mandate: {
            checklist: {
                /** @description the change order that added the item */
                changeOrderId?: string;
                done: boolean;
                /** @description the deliverable's or the change-order item's id */
                id: string;
                /** @enum {string} */
                source: "offer" | "change_order";
                title: string;
            }[];
            clientId: string;
            createdAt: string;
            deliveries: {
                checklist: {
                    /** @description the change order that added the item */
                    changeOrderId?: string;
                    done: boolean;
                    /** @description the deliverable's or the change-order item's id */
                    id: string;
                    /** @enum {string} */
                    source: "offer" | "change_order";
                    title: string;
                }[];
                /** @example 2026-11-26 */
                date: string;
                id: string;
                note: string;
            }[];
            id: string;
            /** @description milestones the studio added (beside the offer's and change orders' dates) */
            milestones?: {
                /** @example 2026-11-26 */
                date: string;
                id: string;
                title: string;
            }[];
            offerId: string;
            offerNumber: string;
            /** @description the % complete the studio set by hand, with its note */
            progress?: {
                doneBps: number;
                note: string;
                setAt: string;
            };
            /** @enum {string} */
            status: "active";
            title: string;
        } | {
            checklist: {
                /** @description the change order that added the item */
                changeOrderId?: string;
                done: boolean;
                /** @description the deliverable's or the change-order item's id */
                id: string;
                /** @enum {string} */
                source: "offer" | "change_order";
                title: string;
            }[];
            clientId: string;
            createdAt: string;
            deliveries: {
                checklist: {
                    /** @description the change order that added the item */
                    changeOrderId?: string;
                    done: boolean;
                    /** @description the deliverable's or the change-order item's id */
                    id: string;
                    /** @enum {string} */
                    source: "offer" | "change_order";
                    title: string;
                }[];
                /** @example 2026-11-26 */
                date: string;
                id: string;
                note: string;
            }[];
            id: string;
            /** @description milestones the studio added (beside the offer's and change orders' dates) */
            milestones?: {
                /** @example 2026-11-26 */
                date: string;
                id: string;
                title: string;
            }[];
            offerId: string;
            offerNumber: string;
            /** @description the % complete the studio set by hand, with its note */
            progress?: {
                doneBps: number;
                note: string;
                setAt: string;
            };
            /** @enum {string} */
            status: "delivered";
            title: string;
        } | {
            acceptedAt: string;
            checklist: {
                /** @description the change order that added the item */
                changeOrderId?: string;
                done: boolean;
                /** @description the deliverable's or the change-order item's id */
                id: string;
                /** @enum {string} */
                source: "offer" | "change_order";
                title: string;
            }[];
            clientId: string;
            createdAt: string;
            deliveries: {
                checklist: {
                    /** @description the change order that added the item */
                    changeOrderId?: string;
                    done: boolean;
                    /** @description the deliverable's or the change-order item's id */
                    id: string;
                    /** @enum {string} */
                    source: "offer" | "change_order";
                    title: string;
                }[];
                /** @example 2026-11-26 */
                date: string;
                id: string;
                note: string;
            }[];
            id: string;
            /** @description milestones the studio added (beside the offer's and change orders' dates) */
            milestones?: {
                /** @example 2026-11-26 */
                date: string;
                id: string;
                title: string;
            }[];
            offerId: string;
            offerNumber: string;
            /** @description the % complete the studio set by hand, with its note */
            progress?: {
                doneBps: number;
                note: string;
                setAt: string;
            };
            /** @enum {string} */
            status: "accepted";
            title: string;
        } | {
            checklist: {
                /** @description the change order that added the item */
                changeOrderId?: string;
                done: boolean;
                /** @description the deliverable's or the change-order item's id */
                id: string;
                /** @enum {string} */
                source: "offer" | "change_order";
                title: string;
            }[];
            clientId: string;
            createdAt: string;
            deliveries: {
                checklist: {
                    /** @description the change order that added the item */
                    changeOrderId?: string;
                    done: boolean;
                    /** @description the deliverable's or the change-order item's id */
                    id: string;
                    /** @enum {string} */
                    source: "offer" | "change_order";
                    title: string;
                }[];
                /** @example 2026-11-26 */
                date: string;
                id: string;
                note: string;
            }[];
            id: string;
            /** @description milestones the studio added (beside the offer's and change orders' dates) */
            milestones?: {
                /** @example 2026-11-26 */
                date: string;
                id: string;
                title: string;
            }[];
            offerId: string;
            offerNumber: string;
            /** @description the % complete the studio set by hand, with its note */
            progress?: {
                doneBps: number;
                note: string;
                setAt: string;
            };
            /** @enum {string} */
            status: "stopped";
            stoppedAt: string;
            /** @enum {string} */
            stoppedFrom: "active" | "delivered";
            stopReason: string;
            title: string;
        } | {
            checklist: {
                /** @description the change order that added the item */
                changeOrderId?: string;
                done: boolean;
                /** @description the deliverable's or the change-order item's id */
                id: string;
                /** @enum {string} */
                source: "offer" | "change_order";
                title: string;
            }[];
            clientId: string;
            closedAt: string;
            /** @enum {string} */
            closedFrom: "accepted" | "stopped";
            createdAt: string;
            deliveries: {
                checklist: {
                    /** @description the change order that added the item */
                    changeOrderId?: string;
                    done: boolean;
                    /** @description the deliverable's or the change-order item's id */
                    id: string;
                    /** @enum {string} */
                    source: "offer" | "change_order";
                    title: string;
                }[];
                /** @example 2026-11-26 */
                date: string;
                id: string;
                note: string;
            }[];
            id: string;
            /** @description milestones the studio added (beside the offer's and change orders' dates) */
            milestones?: {
                /** @example 2026-11-26 */
                date: string;
                id: string;
                title: string;
            }[];
            offerId: string;
            offerNumber: string;
            /** @description the % complete the studio set by hand, with its note */
            progress?: {
                doneBps: number;
                note: string;
                setAt: string;
            };
            /** @enum {string} */
            status: "closed";
            title: string;
        };
        MandateCost: {
            /** @description minor units (cents) */
            amount: number;
            clientId: string;
            createdAt: string;
            date: string;
            description: string;
            id: string;
            /** @description the invoice that bills it */
            invoiceId: string | null;
            mandateId: string;
            memberId: string;
            taxable: boolean;
        };
        MandateMilestones: {
            items: {
                date: string;
                id: string;
                /** @enum {string} */
                source: "offer" | "change_order" | "user";
                title: string;
            }[];
        };
        MandateMoney: {
            /** @description minor units (cents) */
            agreedHourlyRate?: number;
            billableMinutes: number;
            clientId: string;
            currency: string;
            /** @description minor units (cents) */
            depositAmount: number;
            ledger: components["schemas"]["MoneyLedger"];
            mandateId: string;
            offerId: string;
            offerNumber: string;
            /** @description minor units (cents) */
            offerPrice: number;
            /** @enum {string} */
            pricingModel: "fixed" | "hourly" | "capped";
            progress: components["schemas"]["WorkProgress"];
            status: string;
            title: string;
            work: {
                /** @description minor units (cents) */
                costs: number;
                /** @description minor units (cents) */
                earned: number;
                /** @enum {string} */
                method: "progress" | "hours";
                /** @description minor units (cents) */
                overCap: number;
                /** @description minor units (cents) */
                signed: number;
                /** @description minor units (cents) */
                workValue: number;
            };
        };
        MandatePage: {
            items: {
                clientId: string;
                createdAt: string;
                id: string;
                offerId: string;
                /** @enum {string} */
                status: "active" | "delivered" | "accepted" | "stopped" | "closed";
                title: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        Me: {
            csrfToken: string | null;
            member: components["schemas"]["Member"];
            /** @description The workspace requires two-step sign-in and this member has not set it up: until they do, every other operation answers 403 `two_factor_setup_required` */
            twoFactorSetupRequired: boolean;
            user: {
                email: string;
                id: string;
                locale: string;
                name: string;
            };
            workspace: components["schemas"]["Workspace"];
        };
        Member: {
            billableRate: number;
            costRate: number;
            createdAt: string;
            email: string;
            id: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "member" | "viewer";
            /** @enum {string} */
            status: "invited" | "active" | "disabled";
            /** @description null until an invited member accepts */
            userId: string | null;
            weeklyCapacityHours: number;
            workspaceId: string;
        };
        MergeClaims: {
            claimIds: string[];
        };
        Money: {
            /** @description minor units (cents) */
            amount: number;
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
        };
        MoneyLedger: {
            /** @description deposits invoiced, net of credits */
            advances: number;
            /** @description minor units (cents) */
            costs: number;
            /** @description minor units (cents) */
            credited: number;
            /** @description work done + costs, before taxes (C.c.Q. 2129) */
            earned: number;
            /** @description reserved by drafts, not issued */
            inDrafts: number;
            /** @description issued lines, before taxes */
            invoiced: number;
            /** @description minor units (cents) */
            netInvoiced: number;
            /** @description still owed, taxes included */
            outstanding: number;
            /** @description minor units (cents) */
            outstandingBeforeTax: number;
            /** @description billable time beyond a capped offer's cap */
            overCap: number;
            /** @description taxes included */
            paid: number;
            /** @description minor units (cents) */
            paidBeforeTax: number;
            /** @description offer + approved change orders, before taxes */
            signed: number;
            /** @description earned, not yet invoiced */
            unbilled: number;
            /** @description invoiced beyond what was earned */
            unearned: number;
            /** @description minor units (cents) */
            workValue: number;
            /** @description minor units (cents) */
            writtenOffBeforeTax: number;
        };
        NewFormalNotice: {
            breach: string;
            cureDays: number;
            exitId?: string;
            invoiceIds?: string[];
            /** @enum {string} */
            lang?: "fr" | "en";
            /** @enum {string} */
            method: "registered_mail" | "bailiff" | "email" | "hand_delivery";
            /** @example 2026-11-26 */
            sentOn: string;
        };
        NewMilestone: {
            /** @example 2026-11-26 */
            date: string;
            title: string;
        };
        Notification: {
            clientName: string;
            createdAt: string;
            /** @description an e-mail went (or is going) to the member about it */
            emailed: boolean;
            /**
             * @description the kind of record it is about
             * @enum {string}
             */
            entity: "offer" | "change_order" | "invoice" | "round" | "client";
            entityId: string;
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /** @description where the record is in the app, e.g. /invoices/{id} */
            path: string;
            readAt: string | null;
            /** @description the record's number (a list: the day received; a client: its name) */
            reference: string;
        };
        /**
         * @description offer_viewed (first opening in the portal), offer_signed, offer_declined, change_order_approved, change_order_rejected, invoice_opened (first opening in the portal), invoice_overdue, invoice_paid (in full), list_received (a client's list imported from the mailbox), client_health (crossed the warning threshold)
         * @enum {string}
         */
        NotificationKind: "offer_viewed" | "offer_signed" | "offer_declined" | "change_order_approved" | "change_order_rejected" | "invoice_opened" | "invoice_overdue" | "invoice_paid" | "list_received" | "client_health";
        /** @description the notifications to mark read, or `{ "all": true }` */
        NotificationMarkRead: {
            notificationIds: string[];
        } | {
            /** @enum {boolean} */
            all: true;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            page: number;
            pageSize: number;
            total: number;
            unread: number;
        };
        NotificationPreferences: {
            /** @description the kinds received by e-mail */
            email: components["schemas"]["NotificationKind"][];
            /** @description true until the member chooses (the default choice is shown) */
            isDefault: boolean;
        };
        NotificationPreferencesInput: {
            email: components["schemas"]["NotificationKind"][];
        };
        NotificationsMarked: {
            marked: number;
            unread: number;
        };
        NotificationUnreadCount: {
            unread: number;
        };
        Offer: {
            cancelledAt?: string;
            /**
             * @description the state a cancelled offer was in (a signed one's deposit may be credited)
             * @enum {string}
             */
            cancelledFrom?: "draft" | "sent" | "signed";
            cancelReason?: string;
            content: {
                assumptions: {
                    id: string;
                    text: string;
                }[];
                clientId: string;
                /** @enum {string} */
                contractKind: "enterprise" | "service" | "mixed";
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
                deliverables: {
                    description: string;
                    estimatedHours?: number;
                    id: string;
                    position: number;
                    price: {
                        /** @enum {string} */
                        kind: "unit";
                        unitPrice: number;
                    } | {
                        amount: number;
                        /** @enum {string} */
                        kind: "fixed";
                    };
                    quantity: number;
                    title: string;
                    unit: string;
                }[];
                /** Format: date */
                deliveryDate: string;
                depositBps: number;
                endClient?: {
                    id?: string;
                    name: string;
                    reference?: string;
                };
                exclusions: {
                    id: string;
                    text: string;
                }[];
                /** @enum {string} */
                language: "fr" | "en";
                pricing: {
                    /** @enum {string} */
                    model: "fixed";
                } | {
                    /** @enum {string} */
                    model: "hourly";
                } | {
                    capAmount: number;
                    /** @enum {string} */
                    model: "capped";
                };
                /** Format: date */
                startDate: string;
                summary: string;
                terms: {
                    cancellationConditions: string;
                    governingLaw?: string;
                    lateInterestAnnualBps: number;
                    noticeDays: number;
                    paymentDays: number;
                    terminationClause: string;
                };
                title: string;
            };
            createdAt: string;
            declinedAt?: string;
            declineReason?: string;
            id: string;
            number: string;
            sentAt?: string;
            sha256?: string;
            signature?: {
                consentText: string;
                ip: string;
                sha256: string;
                /** Format: date-time */
                signedAt: string;
                signerName: string;
                userAgent: string;
            };
            /** @enum {string} */
            status: "draft" | "sent" | "signed" | "declined" | "superseded" | "cancelled";
            supersededAt?: string;
            supersededById?: string;
            supersedesId?: string;
            version: number;
        };
        OfferDetail: {
            document: components["schemas"]["OfferDocument"] | null;
            estimates: {
                deliverableId: string;
                likely: number;
                memberId: string;
                memberName: string;
                optimistic: number;
                pessimistic: number;
            }[];
            /** @description the hourly rate the price implies from the team's estimate, against the target */
            impliedRate: {
                differenceBps: number;
                /** @enum {boolean} */
                ok: true;
                rate: components["schemas"]["Money"];
                /** @enum {string} */
                status: "below" | "at" | "above";
            } | {
                /** @enum {boolean} */
                ok: false;
                /** @enum {string} */
                reason: "no_hours" | "no_target_rate";
            };
            mandateId: string | null;
            offer: components["schemas"]["Offer"];
            sha256: string | null;
            targetHourlyRate: number;
            teamEstimate: components["schemas"]["TeamEstimate"];
            totals: components["schemas"]["OfferTotals"];
        };
        OfferDocument: {
            assumptions: {
                id: string;
                text: string;
            }[];
            client: components["schemas"]["DocumentParty"];
            consentText: string;
            /** @enum {string} */
            contractKind: "enterprise" | "service" | "mixed";
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            deliverables: {
                amount: number;
                description: string;
                estimatedHours?: number;
                id: string;
                position: number;
                quantity: number;
                title: string;
                unit: string;
                unitPrice?: number;
            }[];
            endClient?: {
                id?: string;
                name: string;
                reference?: string;
            };
            exclusions: {
                id: string;
                text: string;
            }[];
            /** @enum {string} */
            format: "mandat.offer.v2" | "mandat.offer.v1";
            issuer: components["schemas"]["DocumentParty"];
            /** @enum {string} */
            kind: "offer";
            /** @enum {string} */
            language: "fr" | "en";
            number: string;
            pricing: {
                capAmount?: number;
                /** @enum {string} */
                model: "fixed" | "hourly" | "capped";
            };
            schedule: {
                deliveryDate: string;
                startDate: string;
            };
            summary: string;
            terms: {
                cancellationConditions: string;
                governingLaw?: string;
                lateInterestAnnualBps: number;
                noticeDays: number;
                paymentDays: number;
                terminationClause: string;
            };
            title: string;
            totals: {
                depositAmount: number;
                depositBps: number;
                isEstimate: boolean;
                subtotal: number;
                total: number;
            };
            version: number;
        };
        OfferList: {
            items: {
                clientId: string;
                clientName: string;
                createdAt: string;
                currency: string;
                id: string;
                number: string;
                sentAt: string | null;
                signedAt: string | null;
                status: string;
                title: string;
                total: number;
                version: number;
            }[];
            page: number;
            pageSize: number;
            total: number;
        };
        OfferTotals: {
            /** @description the cap of a capped offer */
            capAmount?: number;
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            depositAmount: number;
            depositBps: number;
            estimatedHours: number;
            isEstimate: boolean;
            lines: {
                amount: number;
                deliverableId: string;
            }[];
            subtotal: number;
            total: number;
        };
        OpenDecision: {
            expectedFutureWork?: {
                /** @example 9500 */
                amount: number;
                description: string;
                probabilityPercent?: number;
            }[];
            renegotiatedHoursPerWeek?: number;
        };
        OutboxMessage: {
            /** @description documents attached (rendered when sent): the invoice's PDF… */
            attachments?: {
                entity: string;
                entityId: string;
                filename: string;
            }[];
            body: string;
            /** @description when it was sent (written to the outbox) */
            createdAt: string;
            /** @description the kind of record it is about (invoice, offer…) */
            entity: string;
            entityId: string;
            error: string | null;
            id: string;
            /** @description what it is: offer, invoice, reminder, reply, exit letter… */
            kind: string;
            /** @description unique per workspace: a message with this key is written once (automatic reminders) */
            messageKey?: string;
            /** @description when SMTP accepted it; null: not delivered (yet) */
            sentAt: string | null;
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "kept";
            subject: string;
            to: string;
        };
        PatchInvoice: {
            buyer?: {
                purchaseOrder?: string;
                siren?: string;
                /** @description EU VAT number (reverse charge) */
                vatNumber?: string;
            };
            /** @description France: the delivery address, printed when it differs from the client's address */
            deliveryAddress?: string;
            /** @description annual, basis points (12% = 1200) */
            lateInterestBps?: number;
            lines?: components["schemas"]["InvoiceLineInput"][];
            /**
             * @description France: the category of the operation printed on the invoice (default services)
             * @enum {string}
             */
            operationCategory?: "services" | "goods" | "mixed";
            paymentDays?: number;
            reference?: string;
            supplyDate?: {
                /** @example 2026-11-26 */
                from: string;
                /** @example 2026-11-26 */
                to: string;
            };
        };
        PatchRecurringInvoice: {
            /**
             * @description the first period's first day; later periods keep its day
             * @example 2026-11-26
             */
            anchorDate?: string;
            /** @description who receives each issued invoice; empty: the billing contact */
            contactIds?: string[];
            /**
             * @description no period starts after it; null: no end
             * @example 2026-11-26
             */
            endDate?: string | null;
            /** @enum {string} */
            frequency?: "weekly" | "monthly" | "quarterly" | "yearly";
            lines?: components["schemas"]["RecurringLine"][];
            /** @description null: none */
            mandateId?: string | null;
            /**
             * @description draft: to review; issue_and_send: issued and e-mailed
             * @enum {string}
             */
            mode?: "draft" | "issue_and_send";
            name?: string;
            paymentDays?: number;
            reference?: string;
            /** @description hours per month at a rate (monthly only) */
            retainer?: {
                /**
                 * @description price of one hour, minor units
                 * @example 9500
                 */
                hourlyRate: number;
                /** @description hours included each month, in minutes (20 h = 1200) */
                minutesPerPeriod: number;
            } | null;
        };
        PauseReminders: {
            paused: boolean;
        };
        /** @description how clients pay, printed on every invoice and shown in the portal */
        PaymentInstructions: {
            accountHolder: string;
            /** @description Canada: 7 to 12-digit account number */
            accountNumber: string;
            bic: string;
            chequePayableTo: string;
            iban: string;
            /** @description Canada: 3-digit institution number */
            institutionNumber: string;
            /** @description Interac e-Transfer address */
            interacEmail: string;
            /** @description Canada: 5-digit transit (branch) number */
            transitNumber: string;
        };
        PaymentRecord: {
            /** @description minor units (cents) */
            amount: number;
            clientId: string;
            currency: string;
            /** Format: date */
            date: string;
            id: string;
            invoiceId: string;
            method: string;
            reference: string;
        };
        PortalApproved: {
            approval: components["schemas"]["SignatureEvidence"];
            changeOrderId: string;
        };
        PortalReject: {
            reason?: string;
        };
        PortalSign: {
            consent: boolean;
            /** @description the consent text that was shown */
            consentText?: string;
            signerName: string;
        };
        PortalSigned: {
            mandateId: string;
            offerId: string;
            signature: components["schemas"]["SignatureEvidence"];
        };
        PortalView: {
            /** @enum {string} */
            kind: "offer";
            replacedByVersion: number;
            /** @enum {string} */
            state: "replaced";
        } | {
            declinedAt: string | null;
            document: components["schemas"]["OfferDocument"];
            /** @enum {string} */
            kind: "offer";
            sha256: string;
            signature: {
                signedAt: string;
                signerName: string;
            } | null;
            /** @enum {string} */
            state: "sent" | "signed" | "declined" | "cancelled";
        } | {
            approval: {
                signedAt: string;
                signerName: string;
            } | null;
            document: components["schemas"]["ChangeOrderDocument"];
            /** @enum {string} */
            kind: "change_order";
            sha256: string;
            /** @enum {string} */
            state: "sent" | "approved" | "rejected";
        } | {
            /** @description minor units (cents) */
            balanceDue: number;
            /** @description minor units (cents) */
            credited: number;
            creditNotes: {
                /** Format: date */
                date: string;
                id: string;
                number: string;
                /** @description minor units (cents) */
                total: number;
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            /** Format: date */
            dueDate: string;
            /** Format: date */
            issueDate: string;
            issuer: {
                name: string;
            };
            /** @enum {string} */
            kind: "invoice";
            /** @enum {string} */
            language: "fr" | "en";
            number: string;
            /** @description minor units (cents) */
            paid: number;
            paymentInstructionLines: string[];
            paymentInstructions: components["schemas"]["PaymentInstructions"];
            /** @description ISO 11649 creditor reference (RF…) */
            paymentReference: string;
            payments: {
                /** @description minor units (cents) */
                amount: number;
                /** Format: date */
                date: string;
                id: string;
            }[];
            /** @enum {string} */
            status: "issued" | "partially_paid" | "paid" | "credited" | "written_off";
            /** @description minor units (cents) */
            total: number;
        };
        Problem: {
            code: string;
            detail: string;
            fields?: {
                issue: string;
                message: string;
                path: string;
            }[];
            status: number;
            /** @description a refused password: its zxcvbn score, why it is weak and what would help (keys) */
            strength?: {
                acceptable: boolean;
                score: number;
                suggestions: string[];
                warning: string | null;
            };
            title: string;
            type: string;
        };
        Receivables: {
            /** Format: date */
            asOf: string;
            clientPage: components["schemas"]["ReceivablesClientPage"];
            /** @description a page of the clients with an open invoice, an invoice DSO reads or a credit: the largest total owed first, then by name (code point order) and id */
            clients: {
                /** @description null: no open invoice (only a credit) */
                aging: components["schemas"]["AgingRow"] | null;
                clientId: string;
                credit: components["schemas"]["Money"];
                dso: components["schemas"]["Dso"];
                name: string;
            }[];
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            dso: components["schemas"]["Dso"];
            dsoPeriod: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            invoicePage: components["schemas"]["ReceivablesInvoicePage"];
            /** @description a page of the open invoices in the workspace's currency: the most days past due first, then by number and id */
            invoices: {
                balanceDue: components["schemas"]["Money"];
                /** @enum {string} */
                bucket: "current" | "days1to30" | "days31to60" | "days61to90" | "over90";
                clientId: string;
                clientName: string;
                daysPastDue: number;
                id: string;
                /** Format: date */
                nextReminderOn: string | null;
                number: string;
            }[];
            total: components["schemas"]["AgingRow"];
        };
        ReceivablesClientPage: {
            /** @description how many clients there are in all (the client asked, if any), every page */
            count: number;
            /** @description the most rows a page holds (the `limit` asked, else the default) */
            limit: number;
            /** @description pass as `clientsCursor` for the next page of clients; null after the last page */
            nextCursor: string | null;
        };
        ReceivablesInvoicePage: {
            /** @description how many open invoices there are in all (the client asked, if any), every page */
            count: number;
            /** @description the most rows a page holds (the `limit` asked, else the default) */
            limit: number;
            /** @description pass as `invoicesCursor` for the next page of open invoices; null after the last page */
            nextCursor: string | null;
        };
        ReceivedMail: {
            attachments: {
                contentType: string;
                filename: string;
                size: number;
            }[];
            /** @description The client whose contact's address, or company domain, the sender writes from */
            client: {
                id: string;
                /** @enum {string} */
                match: "address" | "domain";
                name: string;
            } | null;
            createdAt: string;
            id: string;
            imported: {
                importedAt: string;
                mandateId: string;
                roundId: string;
            } | null;
            /** @description The client's current mandate, where one click puts the list */
            mandate: {
                id: string;
                title: string;
            } | null;
            messageId: string | null;
            /**
             * @description Why it cannot become a list (it is kept all the same); null when it reads as one
             * @enum {string|null}
             */
            problem: "no_text" | "too_large" | "broken_mime" | "no_claims" | null;
            problemDetail: string | null;
            receivedOn: string;
            sender: string;
            sentAt: string | null;
            size: number;
            subject: string;
        };
        ReceivedMailRound: {
            /** @description Default: the sender's client's current mandate */
            mandateId?: string;
        };
        ReceiveRound: {
            /** @example 2026-11-03 */
            receivedAt: string;
            /** @description the client's message as received (e-mail, list, paragraphs) */
            text: string;
        };
        RecordClientPayment: components["schemas"]["RecordPayment"] & {
            /** @description how much goes to which open invoice; omitted: the earliest due first */
            allocations?: {
                /** @example 9500 */
                amount: number;
                invoiceId: string;
            }[];
        };
        RecordCost: {
            /**
             * @description before taxes, minor units
             * @example 9500
             */
            amount: number;
            /** @example 2026-11-26 */
            date: string;
            description: string;
            /** @description default true; false for a disbursement in the client's name */
            taxable?: boolean;
        };
        RecordDelivery: {
            /** @example 2026-11-26 */
            date: string;
            /** @default  */
            note?: string;
        };
        RecordPayment: {
            /** @example 9500 */
            amount: number;
            /** @example 2026-11-26 */
            date: string;
            /** @enum {string} */
            method: "transfer" | "interac" | "cheque" | "card" | "cash" | "other";
            reference?: string;
        };
        RecurringInvoice: {
            anchorDate: string;
            clientId: string;
            contactIds: string[];
            createdAt: string;
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            endDate: string | null;
            /** @enum {string} */
            frequency: "weekly" | "monthly" | "quarterly" | "yearly";
            id: string;
            lines: {
                description: string;
                detail?: string;
                quantityMilli: number;
                taxable?: boolean;
                unit?: string;
                unitPrice: number;
            }[];
            mandateId: string | null;
            /** @enum {string} */
            mode: "draft" | "issue_and_send";
            name: string;
            /** @description the next period to invoice, on its start date; null when paused or ended */
            nextPeriod: {
                end: string;
                index: number;
                label: string;
                start: string;
            } | null;
            paymentDays: number | null;
            reference: string | null;
            retainer: {
                hourlyRate: number;
                minutesPerPeriod: number;
            } | null;
            /** @description the invoices its periods produced, newest first (the last 24) */
            runs: {
                createdAt: string;
                error: string | null;
                id: string;
                /** @description null: no invoice (failed) or its draft was deleted */
                invoice: {
                    currency: string;
                    number: string | null;
                    status: string;
                    total: number;
                } | null;
                invoiceId: string | null;
                periodEnd: string;
                periodIndex: number;
                periodStart: string;
                /** @enum {string} */
                status: "draft" | "to_send" | "sent" | "kept" | "send_failed" | "failed" | "nothing_to_bill";
            }[];
            /** @enum {string} */
            status: "active" | "paused" | "ended";
            updatedAt: string;
        };
        RecurringLine: {
            description: string;
            /** @description printed under the period on each invoice */
            detail?: string;
            /** @description thousandths: 1500 = 1.5 */
            quantityMilli: number;
            /** @description default true */
            taxable?: boolean;
            unit?: string;
            /** @example 9500 */
            unitPrice: number;
        };
        Reminders: {
            clientId: string;
            /** @example 2026-11-26 */
            nextReminderOn: string | null;
            paused: boolean;
            planned: components["schemas"]["ReminderStep"][];
            sent: {
                /** @example 2026-11-26 */
                date: string;
                id: string;
                invoiceId: string;
                offsetDays: number;
                outboxId: string;
                tone: string;
            }[];
        };
        ReminderSent: {
            message: components["schemas"]["OutboxMessage"];
            reminder: {
                /** Format: date */
                date: string;
                id: string;
                invoiceId: string;
                offsetDays: number;
                outboxId: string;
                /** @enum {string} */
                tone: "courteous" | "firm";
            };
        };
        RemindersPaused: {
            clientId: string;
            remindersPaused: boolean;
        };
        ReminderStep: {
            attempts: number;
            /** @example 2026-11-26 */
            date: string;
            error: string | null;
            /**
             * @description proposal: a formal notice shown, never sent
             * @enum {string}
             */
            kind: "email" | "proposal";
            offsetDays: number;
            sentAt: string | null;
            /** @enum {string} */
            state: "upcoming" | "due" | "sending" | "sent" | "kept" | "failed" | "skipped" | "cancelled" | "paused" | "proposed";
            /** @enum {string} */
            step: "before_due" | "on_due" | "late_7" | "late_21" | "formal_notice";
            /** @enum {string} */
            tone: "courteous" | "firm";
        };
        RequestPasswordReset: {
            /** Format: email */
            email: string;
        };
        RetainerUsage: {
            hourlyRate: number;
            includedMinutes: number;
            overageAmount: {
                amount: number;
                /** @enum {string} */
                currency: "CAD" | "EUR" | "USD";
            };
            overageMinutes: number;
            percentUsed: number;
            period: {
                end: string;
                index: number;
                /** @description as printed on the invoice, in the client's language */
                label: string;
                start: string;
            };
            recurringInvoiceId: string;
            remainingMinutes: number;
            /** @description billable and included time logged in the period */
            usedMinutes: number;
        };
        RoundLetter: {
            body: string;
            language: string;
            /** @description the message, when sent */
            message: components["schemas"]["OutboxMessage"] | null;
            /** @description when the reply was sent (kept in the outbox) */
            sentAt?: string;
            subject: string;
            updatedAt: string;
        };
        RoundReply: {
            body?: string;
            send?: boolean;
            subject?: string;
        };
        RoundView: {
            /** @description the whole current scope: any clause can be cited, not only the suggestions */
            baseline: {
                id: string;
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
                title: string;
            }[];
            claims: (components["schemas"]["Claim"] & {
                /** @description the earlier answer this claim likely repeats, until a person decides */
                likelyRepeat?: {
                    point: components["schemas"]["SettledPoint"];
                    score: number;
                };
                suggestions: {
                    id: string;
                    /** @enum {string} */
                    kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
                    matchedTerms: string[];
                    score: number;
                    title: string;
                }[];
            })[];
            offer: {
                id: string;
                number: string;
                sha256: string;
                signedAt: string;
            };
            round: {
                clientId: string;
                createdAt: string;
                id: string;
                mandateId: string;
                receivedOn: string;
                /** @description the reply written to the round, if any */
                reply: {
                    body: string;
                    language: string;
                    sentAt?: string;
                    subject: string;
                    updatedAt: string;
                } | null;
                text: string;
            };
            summary: {
                counts: {
                    alternative: number;
                    change_order: number;
                    declined: number;
                    duplicate: number;
                    goodwill: number;
                    in_scope: number;
                };
                hours: {
                    alternative: number;
                    change_order: number;
                    declined: number;
                    duplicate: number;
                    goodwill: number;
                    in_scope: number;
                };
                likelyRepeats: number;
                repeats: number;
                total: number;
                untriaged: number;
            };
        };
        /** @description where the rate comes from */
        RuleSource: {
            /** @enum {string} */
            status?: "verified" | "secondary" | "unverified";
            title: string;
            url: string;
        };
        RunningTimer: {
            category: components["schemas"]["TimeCategory"];
            claimId?: string;
            id: string;
            mandateId?: string;
            memberId: string;
            note: string;
            /** @description ISO-8601 instant */
            startedAt: string;
        };
        SearchHit: {
            clientId: string;
            clientName: string;
            /** @description what else identifies it: an offer's title, a contact's e-mail… */
            detail: string;
            /** @description the record's id */
            id: string;
            kind: components["schemas"]["SearchKind"];
            /** @description a claim's round, where it is triaged */
            roundId?: string;
            /** @description its number (offers, change orders, invoices) or name; a claim's text */
            title: string;
        };
        /** @enum {string} */
        SearchKind: "client" | "contact" | "offer" | "change_order" | "invoice" | "claim";
        SearchResult: {
            /** @description one group per kind with hits, in the order client, contact, offer, change_order, invoice, claim */
            groups: {
                items: components["schemas"]["SearchHit"][];
                kind: components["schemas"]["SearchKind"];
            }[];
            q: string;
        };
        SendInvoice: {
            /** @description the client's contacts to send to; absent: the billing contact */
            contactIds?: string[];
            /** @description send this credit note of the invoice */
            creditNoteId?: string;
        };
        SendLetter: {
            /** @enum {string} */
            lang?: "fr" | "en";
        };
        SendOfferResult: {
            message: components["schemas"]["OutboxMessage"];
            offer: components["schemas"]["Offer"];
            portalUrl: string;
        };
        SendReminder: {
            /** @enum {string} */
            tone?: "courteous" | "firm";
        };
        Session: {
            createdAt: string;
            current: boolean;
            expiresAt: string;
            id: string;
            ip: string | null;
            lastSeenAt: string;
            userAgent: string | null;
        };
        SetProgress: {
            /** @description what the figure rests on */
            note: string;
            percent: number;
        };
        SettledPoint: {
            alternative?: string;
            /** @enum {string} */
            answer: "declined" | "alternative" | "goodwill" | "change_order_rejected" | "change_order_approved" | "delivered";
            changeOrderNumber?: string;
            clause?: {
                /** @enum {string} */
                kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
                text: string;
            };
            mandateId: string;
            on: string;
            rationale?: string;
            ref: {
                id: string;
                /** @enum {string} */
                kind: "claim" | "delivered";
            };
            text: string;
        };
        SetupStatus: {
            /** @description the first-run guide, in order: identity (legal name, address, a tax number), team (each active member's billable rate and weekly capacity), values, payment (payment instructions), email (SMTP configured); each done when the records hold it */
            steps: {
                done: boolean;
                /** @enum {string} */
                id: "identity" | "team" | "values" | "payment" | "email";
            }[];
            /** @description the studio's today (YYYY-MM-DD, its time zone) */
            today: string;
            todo: {
                changeOrdersAwaitingApproval: number;
                draftInvoices: number;
                offersAwaitingSignature: number;
                overdueInvoices: number;
                untriagedClaims: number;
            };
        };
        Signal: {
            author: {
                id: string;
                name: string;
            } | null;
            clientId: string;
            createdAt: string;
            id: string;
            /** @enum {string} */
            kind: "warning" | "praise" | "note";
            occurredOn: string;
            severity: 1 | 2 | 3;
            source: string;
            text: string;
        };
        SignatureEvidence: {
            consentText: string;
            ip: string;
            sha256: string;
            /** Format: date-time */
            signedAt: string;
            signerName: string;
            userAgent: string;
        };
        SignUp: {
            /** Format: email */
            email: string;
            name: string;
            password: string;
            workspace: {
                /**
                 * @default CAD
                 * @enum {string}
                 */
                currency?: "CAD" | "EUR" | "USD";
                /**
                 * @default CA-QC
                 * @enum {string}
                 */
                jurisdiction?: "CA-QC" | "CA-ON" | "CA-BC" | "CA-AB" | "CA-MB" | "CA-SK" | "CA-NS" | "CA-NB" | "CA-NL" | "CA-PE" | "CA-NT" | "CA-NU" | "CA-YT" | "FR" | "OTHER";
                /**
                 * @default fr-CA
                 * @enum {string}
                 */
                locale?: "fr-CA" | "en-CA" | "fr-FR" | "en";
                name: string;
            };
        };
        SplitClaim: {
            atOffset: number;
        };
        StartTimer: {
            category: components["schemas"]["TimeCategory"];
            claimId?: string;
            mandateId?: string;
            memberId?: string;
            note?: string;
        };
        TaxReport: {
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            /** @description net tax per tax code present in the period */
            netByTaxCode: {
                GST?: components["schemas"]["Money"];
                HST?: components["schemas"]["Money"];
                QST?: components["schemas"]["Money"];
                TVA?: components["schemas"]["Money"];
            };
            period: {
                /** Format: date */
                from: string;
                /** Format: date */
                to: string;
            };
            rows: {
                /** @enum {string} */
                category: "standard" | "intermediate" | "reduced" | "super_reduced" | "zero_rated";
                collected: components["schemas"]["Money"];
                credited: components["schemas"]["Money"];
                creditedBase: components["schemas"]["Money"];
                creditNoteIds: string[];
                invoicedBase: components["schemas"]["Money"];
                invoiceIds: string[];
                jurisdiction: string;
                netBase: components["schemas"]["Money"];
                netTax: components["schemas"]["Money"];
                ratePpm: number;
                /** @enum {string} */
                taxCode: "GST" | "QST" | "HST" | "TVA";
            }[];
        };
        TeamCapacity: {
            members: {
                memberId: string;
                name: string;
                weeks: {
                    bookedHours: number;
                    capacityHours: number;
                    loggedHours: number;
                    message?: {
                        en: string;
                        fr: string;
                    };
                    planned: {
                        hours: number;
                        label: string;
                        workId: string;
                    }[];
                    plannedHours: number;
                    /** @enum {string} */
                    status: "ok" | "approaching" | "over";
                    utilisation?: number;
                    week: components["schemas"]["IsoWeek"];
                }[];
            }[];
            unallocated: {
                hours: number;
                week: components["schemas"]["IsoWeek"];
            }[];
            warnings: {
                memberId: string;
                message: {
                    en: string;
                    fr: string;
                };
                /** @enum {string} */
                status: "approaching" | "over";
                week: components["schemas"]["IsoWeek"];
            }[];
            weeks: components["schemas"]["IsoWeek"][];
        };
        TeamEstimate: {
            expected: number;
            high: number;
            items: {
                deliverableId: string;
                disagreement: boolean;
                expected: number;
                members: {
                    expected: number;
                    memberId: string;
                    standardDeviation: number;
                }[];
                /** @description highest ÷ lowest member expectation; absent with one member, null when the lowest is 0 */
                spreadRatio?: number | null;
                standardDeviation: number;
                variance: number;
            }[];
            low: number;
            standardDeviation: number;
            unestimatedDeliverableIds: string[];
            variance: number;
        };
        /** @enum {string} */
        TimeCategory: "billable" | "included" | "goodwill" | "internal";
        TimeEntry: {
            category: components["schemas"]["TimeCategory"];
            claimId?: string;
            /** Format: date */
            date: string;
            id: string;
            mandateId?: string;
            memberId: string;
            /** @description after the workspace's rounding rule: what is counted and valued */
            minutes: number;
            note: string;
            /** @description as typed or measured, before rounding */
            recordedMinutes: number;
        };
        TimeEntryPage: {
            items: components["schemas"]["TimeEntryRow"][];
            /** @description pass as `cursor` for the next page, at the same cost however deep; null after the last page */
            nextCursor: string | null;
            /** @description the page asked for (absent when asked by cursor) */
            page?: number;
            pageSize: number;
            /** @description entries matching the filter (counted once while no entry changes) */
            total: number;
            totalMinutes: number;
        };
        TimeEntryRow: components["schemas"]["TimeEntry"] & {
            /** @description the member's rate when logged, minor units per hour */
            billableRate: number;
            clientId: string | null;
            createdAt: string;
            invoiceId: string | null;
            /** @description the mandate's title (null without a mandate) */
            mandateTitle: string | null;
            /** @description work on a claim whose change order the client has not approved: it may never be paid */
            onUnapprovedChangeOrder: boolean;
            /**
             * @description why the entry can no longer be deleted (on an invoice, or its client ended)
             * @enum {string}
             */
            readOnly?: "invoiced" | "client_ended";
        };
        Timesheet: {
            byCategory: {
                billable: number;
                goodwill: number;
                included: number;
                internal: number;
            };
            dates: string[];
            /** @description minutes Monday … Sunday */
            days: number[];
            members: {
                byCategory: {
                    billable: number;
                    goodwill: number;
                    included: number;
                    internal: number;
                };
                /** @description minutes Monday … Sunday */
                days: number[];
                memberId: string;
                total: number;
            }[];
            rows: {
                /** @description minutes Monday … Sunday */
                days: number[];
                mandateId: string | null;
                memberId: string;
                total: number;
            }[];
            total: number;
            week: components["schemas"]["IsoWeek"];
        };
        TwoFactorPolicy: {
            members: {
                email: string;
                /** @description When their two-step sign-in was turned on; null: off */
                enabledAt: string | null;
                memberId: string;
                name: string;
                role: string;
            }[];
            required: boolean;
        };
        TwoFactorReset: {
            /** @description The member's API tokens that were revoked */
            apiTokensRevoked: number;
            memberId: string;
            /** @description The member's sessions in the workspace that ended */
            sessionsEnded: number;
        };
        TwoFactorStatus: {
            enabled: boolean;
            enabledAt: string | null;
            recoveryCodesLeft: number;
        };
        UpdateChangeOrder: {
            /** @description every line of the draft, by id */
            items: {
                description: string;
                hours: number;
                id: string;
                price: components["schemas"]["ChangeOrderPrice"];
                title: string;
            }[];
            /** @example 2026-11-26 */
            proposedDeliveryDate: string;
            reason: string;
            requester: string;
            /** @description calendar days of delay */
            scheduleImpactDays: number;
            title: string;
        };
        UpdateClaim: {
            text?: string;
            /** @description a decision, or null to clear it */
            triage?: {
                alternative?: string | null;
                baseline?: {
                    id: string;
                    /** @enum {string} */
                    kind: "deliverable" | "exclusion" | "assumption" | "change_order_item";
                } | null;
                duplicateOfClaimId?: string | null;
                estimatedHours?: number | null;
                /** @enum {string} */
                outcome: "in_scope" | "change_order" | "goodwill" | "alternative" | "declined" | "duplicate";
                rationale?: string | null;
            } | null;
        };
        UpdateClient: {
            address?: components["schemas"]["AddressPatch"];
            contacts?: {
                /** @default  */
                email?: "" | string;
                name: string;
                /** @default  */
                phone?: string;
                /** @default  */
                role?: string;
            }[];
            doNotReengage?: boolean;
            endClients?: {
                name: string;
            }[];
            isConsumer?: boolean;
            /** @enum {string} */
            kind?: "direct" | "agency";
            /** @enum {string} */
            language?: "fr" | "en";
            legalName?: string;
            name?: string;
            /** @enum {string} */
            status?: "prospect" | "active" | "paused" | "ended";
            tags?: string[];
        };
        UpdateDecision: {
            addArguments?: {
                /** @enum {string} */
                option: "continue" | "renegotiate" | "stop";
                /** @enum {string} */
                side: "pro" | "con";
                text: string;
                weight: number;
            }[];
            ratings?: {
                criterionId: string;
                /** @enum {string} */
                option: "continue" | "renegotiate" | "stop";
                rating: number;
            }[];
            removeArguments?: string[];
            revise?: boolean;
            verdict?: {
                rationale: string;
                /** @enum {string} */
                verdict: "continue" | "renegotiate" | "stop";
            };
            weights?: {
                argumentId: string;
                weight: number;
            }[];
        };
        UpdateMandate: {
            checklist?: {
                done: boolean;
                id: string;
            }[];
            reason?: string;
            /** @enum {string} */
            status?: "accepted" | "stopped" | "closed";
        };
        UpdateMe: {
            /** @example 9500 */
            billableRate?: number;
            /** @example 9500 */
            costRate?: number;
            /** @enum {string} */
            locale?: "fr-CA" | "en-CA" | "fr-FR" | "en";
            name?: string;
            weeklyCapacityHours?: number;
        };
        UpdateMember: {
            /** @example 9500 */
            billableRate?: number;
            /** @example 9500 */
            costRate?: number;
            name?: string;
            /** @enum {string} */
            role?: "owner" | "member" | "viewer";
            /** @enum {string} */
            status?: "active" | "disabled";
            weeklyCapacityHours?: number;
        };
        UpdateOffer: {
            assumptions?: (string | {
                id?: string;
                text: string;
            })[];
            /** @enum {string} */
            contractKind?: "enterprise" | "service" | "mixed";
            deliverables?: {
                description?: string;
                estimatedHours?: number;
                id?: string;
                position?: number;
                price: {
                    /** @enum {string} */
                    kind: "unit";
                    unitPrice: number;
                } | {
                    amount: number;
                    /** @enum {string} */
                    kind: "fixed";
                };
                /** @description thousandths of a unit: 1500 = 1.5 */
                quantity: number;
                title: string;
                unit: string;
            }[];
            /** Format: date */
            deliveryDate?: string;
            /** @description deposit, basis points of the total: 3000 = 30 % */
            depositBps?: number;
            endClient?: {
                id?: string;
                name: string;
                reference?: string;
            };
            exclusions?: (string | {
                id?: string;
                text: string;
            })[];
            /** @enum {string} */
            language?: "fr" | "en";
            pricing?: {
                /** @enum {string} */
                model: "fixed";
            } | {
                /** @enum {string} */
                model: "hourly";
            } | {
                capAmount: number;
                /** @enum {string} */
                model: "capped";
            };
            /** Format: date */
            startDate?: string;
            summary?: string;
            terms?: {
                cancellationConditions?: string;
                governingLaw?: string;
                lateInterestAnnualBps?: number;
                noticeDays?: number;
                paymentDays?: number;
                terminationClause?: string;
            };
            title?: string;
        };
        UpdateWorkspace: {
            address?: components["schemas"]["AddressPatch"];
            /** @enum {string} */
            currency?: "CAD" | "EUR" | "USD";
            invoiceNumberPattern?: string;
            /** @enum {string} */
            jurisdiction?: "CA-QC" | "CA-ON" | "CA-BC" | "CA-AB" | "CA-MB" | "CA-SK" | "CA-NS" | "CA-NB" | "CA-NL" | "CA-PE" | "CA-NT" | "CA-NU" | "CA-YT" | "FR" | "OTHER";
            legalName?: string;
            /** @enum {string} */
            locale?: "fr-CA" | "en-CA" | "fr-FR" | "en";
            name?: string;
            paymentInstructions?: {
                accountHolder?: string;
                accountNumber?: string;
                bic?: string;
                chequePayableTo?: string;
                iban?: string;
                institutionNumber?: string;
                interacEmail?: string;
                transitNumber?: string;
            };
            /** @example 9500 */
            targetHourlyRate?: number;
            taxIds?: {
                gst?: string | null;
                qst?: string | null;
                siren?: string | null;
                vat?: string | null;
            };
            terms?: {
                lateInterestBp?: number;
                noticeDays?: number;
                paymentDays?: number;
                /** @description France: option pour le paiement de la taxe d'après les débits (printed on invoices) */
                vatOnDebits?: boolean;
            };
            /** @description round each time entry up to this many minutes; 0 = no rounding */
            timeRoundingMinutes?: 0 | 6 | 10 | 15 | 30;
            values?: {
                id?: string;
                statement: string;
                weight: number;
            }[];
        };
        Verification: {
            sha256: string | null;
            valid: boolean;
        };
        WorkProgress: {
            /** @enum {string} */
            basis: "price" | "estimate" | "count" | "set_by_user";
            /** @description exact share done = done / of */
            done: number;
            /** @description 10 000 = 100 % (rounded) */
            doneBps: number;
            itemsDone: number;
            itemsTotal: number;
            note?: string;
            of: number;
        };
        Workspace: {
            address: components["schemas"]["Address"];
            createdAt: string;
            /** @enum {string} */
            currency: "CAD" | "EUR" | "USD";
            id: string;
            invoiceNumberPattern?: string;
            /** @enum {string} */
            jurisdiction: "CA-QC" | "CA-ON" | "CA-BC" | "CA-AB" | "CA-MB" | "CA-SK" | "CA-NS" | "CA-NB" | "CA-NL" | "CA-PE" | "CA-NT" | "CA-NU" | "CA-YT" | "FR" | "OTHER";
            legalName: string;
            /** @enum {string} */
            locale: "fr-CA" | "en-CA" | "fr-FR" | "en";
            name: string;
            paymentInstructions?: components["schemas"]["PaymentInstructions"];
            targetHourlyRate: number;
            taxIds: {
                gst: string | null;
                qst: string | null;
                siren: string | null;
                vat: string | null;
            };
            terms: {
                lateInterestBp: number;
                noticeDays: number;
                paymentDays: number;
                /** @description France: option pour le paiement de la taxe d'après les débits (printed on invoices) */
                vatOnDebits?: boolean;
            };
            /** @description round each time entry up to this many minutes; 0 = no rounding */
            timeRoundingMinutes: 0 | 6 | 10 | 15 | 30;
            values: {
                id: string;
                statement: string;
                weight: number;
            }[];
        };
        WriteOff: {
            /** @example 2026-11-26 */
            date?: string;
            reason: string;
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
    getAudit: {
        parameters: {
            query?: {
                /** @description only the events of this client's records (offers, invoices, time…) */
                clientId?: string;
                entity?: string;
                /** @description events on or after this day (UTC) */
                from?: string;
                id?: string;
                /** @description only what this member did */
                memberId?: string;
                page?: number;
                pageSize?: number;
                /** @description events on or before this day (UTC) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postAuthAcceptInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvite"];
            };
        };
        responses: {
            /** @description Joined and signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogIn"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the token is revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestPasswordReset"];
            };
        };
        responses: {
            /** @description If the account exists, a link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postAuthPasswordResetComplete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletePasswordReset"];
            };
        };
        responses: {
            /** @description Password changed: sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postAuthSignup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUp"];
            };
        };
        responses: {
            /** @description Signed up and signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getCapacity: {
        parameters: {
            query?: {
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Capacity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamCapacity"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getChangeOrdersById: {
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
            /** @description Change order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrderDetail"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putChangeOrdersById: {
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
                "application/json": components["schemas"]["UpdateChangeOrder"];
            };
        };
        responses: {
            /** @description Draft change order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrder"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getChangeOrdersByIdDeliveryProposal: {
        parameters: {
            query?: {
                hours?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Proposed delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrderDeliveryProposal"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getChangeOrdersByIdPdf: {
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
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postChangeOrdersByIdSend: {
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
            /** @description Sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrderSent"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postChangeOrdersByIdWithdraw: {
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
            /** @description Withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrder"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteClaimsById: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchClaimsById: {
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
                "application/json": components["schemas"]["UpdateClaim"];
            };
        };
        responses: {
            /** @description Claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postClaimsByIdConfirmRepeat: {
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
            /** @description Claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postClaimsByIdSplit: {
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
                "application/json": components["schemas"]["SplitClaim"];
            };
        };
        responses: {
            /** @description The two claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Claim"][];
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClients: {
        parameters: {
            query?: {
                kind?: "direct" | "agency";
                /** @description only the clients whose latest signal (by date, then entry) is of this kind */
                lastSignal?: "warning" | "praise" | "note";
                page?: number;
                pageSize?: number;
                q?: string;
                /** @description health: lowest latest score first */
                sort?: "name" | "health";
                status?: "prospect" | "active" | "paused" | "ended";
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClient"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsById: {
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
            /** @description Client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchClientsById: {
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
                "application/json": components["schemas"]["UpdateClient"];
            };
        };
        responses: {
            /** @description Client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Client"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdDecisions: {
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
            /** @description Decisions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DecisionRow"][];
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postClientsByIdDecisions: {
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
                "application/json": components["schemas"]["OpenDecision"];
            };
        };
        responses: {
            /** @description Worksheet */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdEvidence: {
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
            /** @description A zip file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdExitEvidence: {
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
            /** @description Records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "signal" | "round" | "change_order" | "invoice" | "formal_notice";
                            label: {
                                en: string;
                                fr: string;
                            };
                        }[];
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdExits: {
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
            /** @description Exits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ExitRow"][];
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postClientsByIdExits: {
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
                "application/json": {
                    decisionId?: string;
                    /** @example 2026-11-26 */
                    effectiveDate?: string;
                    /** @example 2026-11-26 */
                    noticeDate?: string;
                    options?: components["schemas"]["ExitOptions"];
                };
            };
        };
        responses: {
            /** @description Exit plan */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exit"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdFormalNotices: {
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
            /** @description Notices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FormalNotice"][];
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postClientsByIdFormalNotices: {
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
                "application/json": components["schemas"]["NewFormalNotice"];
            };
        };
        responses: {
            /** @description The notice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormalNotice"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdHealth: {
        parameters: {
            query?: {
                months?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientHealth"] & {
                        trend: components["schemas"]["HealthTrendPoint"][];
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdMoney: {
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
            /** @description Money */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientMoney"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postClientsByIdPayments: {
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
                "application/json": components["schemas"]["RecordClientPayment"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPaymentRecorded"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putClientsByIdRemindersPause: {
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
                "application/json": components["schemas"]["PauseReminders"];
            };
        };
        responses: {
            /** @description Paused or not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindersPaused"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdSignals: {
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
            /** @description Signals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Signal"][];
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postClientsByIdSignals: {
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
                "application/json": components["schemas"]["AddSignal"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signal"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsByIdTimeline: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actorMemberId: string | null;
                            at: string;
                            entity: string;
                            entityId: string;
                            seq: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putClientsByIdValuesAlignment: {
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
                "application/json": {
                    ratings: {
                        rating: number;
                        valueId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Saved */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getClientsTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tags */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteCostsById: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getCreditNotesByIdPdf: {
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
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getDashboardMoney: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Money */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardMoney"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getDecisionsById: {
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
            /** @description Worksheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchDecisionsById: {
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
                "application/json": components["schemas"]["UpdateDecision"];
            };
        };
        responses: {
            /** @description Worksheet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getDecisionsByIdPdf: {
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
            /** @description A PDF file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postDemo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in to the demo */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getExitsById: {
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
            /** @description Exit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exit"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchExitsById: {
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
                "application/json": {
                    abandonReason?: string;
                    /** @example 2026-11-26 */
                    effectiveDate?: string;
                    handoverDone?: {
                        /** @example 2026-11-26 */
                        doneOn?: string;
                        /** @enum {string} */
                        key: "files" | "repository" | "credentials" | "dns_hosting" | "backups" | "successor_notes";
                    }[];
                    letter?: {
                        /** @enum {string} */
                        lang: "fr" | "en";
                        paragraphs: string[];
                        subject: string;
                    } | null;
                    /** @example 2026-11-26 */
                    noticeDate?: string;
                    options?: components["schemas"]["ExitOptions"];
                    /** @enum {string} */
                    status?: "ready" | "draft" | "abandoned";
                };
            };
        };
        responses: {
            /** @description Exit */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exit"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postExitsByIdExecute: {
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
                "application/json": components["schemas"]["ExecuteExit"];
            };
        };
        responses: {
            /** @description Executed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alreadyExecuted: boolean;
                        exit: components["schemas"]["Exit"];
                        finalInvoiceIds: string[];
                        letterMessage: components["schemas"]["OutboxMessage"] | null;
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getExitsByIdLetter: {
        parameters: {
            query?: {
                format?: "json" | "pdf";
                lang?: "fr" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The letter's date: the plan's notice day, from which its text counts the notice
                         * @example 2026-11-26
                         */
                        date: string;
                        /** @description The studio's today is after the letter's date: a letter never given before can no longer be sent as dated (reopen the plan and date it again) */
                        datePassed: boolean;
                        generated: boolean;
                        lang: string;
                        paragraphs: string[];
                        subject: string;
                    };
                    "application/pdf": string;
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postExitsByIdLetterSend: {
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
                "application/json": components["schemas"]["SendLetter"];
            };
        };
        responses: {
            /** @description The message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessage"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getExportsInvoicesCsv: {
        parameters: {
            query?: {
                /** @description en (default): comma and decimal dot; fr: semicolon and decimal comma */
                format?: "en" | "fr";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8 with BOM) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getExportsPaymentsCsv: {
        parameters: {
            query?: {
                /** @description en (default): comma and decimal dot; fr: semicolon and decimal comma */
                format?: "en" | "fr";
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8 with BOM) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getFormalNoticesById: {
        parameters: {
            query?: {
                format?: "json" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormalNotice"];
                    "application/pdf": string;
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getGoodwill: {
        parameters: {
            query?: {
                clientId?: string;
                mandateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Goodwill */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoodwillSummary"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putGoodwillBudgets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoodwillBudget"];
            };
        };
        responses: {
            /** @description Saved */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getHealthSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthSettingsResolved"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putHealthSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HealthSettings"];
            };
        };
        responses: {
            /** @description Settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthSettingsResolved"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getHealthWarnings: {
        parameters: {
            query?: {
                /** @description only this client: its item when it is warned, else none (no page) */
                clientId?: string;
                /** @description `nextCursor` of the page before: the next page */
                cursor?: string;
                /** @description items per page, 1-200 (default 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Warnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description of them, past the critical threshold */
                        critical: number;
                        items: components["schemas"]["HealthWarning"][];
                        /** @description the next page's cursor; null on the last */
                        nextCursor: string | null;
                        /** @description clients warned in all (with `clientId`: 1 or 0) */
                        total: number;
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInstall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Install state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        empty: boolean;
                        signupOpen: boolean;
                    };
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInvitesByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "owner" | "member" | "viewer";
                        workspaceName: string;
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInvoiceSources: {
        parameters: {
            query: {
                clientId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sources */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceSources"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInvoices: {
        parameters: {
            query?: {
                clientId?: string;
                page?: number;
                pageSize?: number;
                status?: "draft" | "issued" | "partially_paid" | "paid" | "credited" | "written_off";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invoices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvoice"];
            };
        };
        responses: {
            /** @description Draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDraftAnswer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInvoicesById: {
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
            /** @description Invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetail"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteInvoicesById: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchInvoicesById: {
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
                "application/json": components["schemas"]["PatchInvoice"];
            };
        };
        responses: {
            /** @description Draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDraftAnswer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoicesByIdCreditNote: {
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
                "application/json": components["schemas"]["CreateCreditNote"];
            };
        };
        responses: {
            /** @description Issue a full or partial credit note referencing the invoice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditNoteAnswer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInvoicesByIdInterest: {
        parameters: {
            query?: {
                asOf?: string;
                deadline?: string;
                demeure?: "none" | "lapse_of_time" | "formal_notice";
                noticeDate?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Interest */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LateInterest"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoicesByIdInterestInvoice: {
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
                    /** @example 2026-11-26 */
                    asOf?: string;
                    /** @example 2026-11-26 */
                    deadline?: string;
                    /** @enum {string} */
                    demeure?: "none" | "lapse_of_time" | "formal_notice";
                    /** @example 2026-11-26 */
                    noticeDate?: string;
                };
            };
        };
        responses: {
            /** @description Draft an invoice for the late interest owed so far */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDraftAnswer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoicesByIdIssue: {
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
                "application/json": components["schemas"]["IssueInvoice"];
            };
        };
        responses: {
            /** @description Issue: number from the gap-free yearly series, dates, frozen totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceView"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoicesByIdPayments: {
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
                "application/json": components["schemas"]["RecordPayment"];
            };
        };
        responses: {
            /** @description Record a payment (overpayment becomes client credit) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePaymentAnswer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInvoicesByIdPdf: {
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
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInvoicesByIdReminders: {
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
            /** @description Reminders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reminders"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoicesByIdReminders: {
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
                "application/json": components["schemas"]["SendReminder"];
            };
        };
        responses: {
            /** @description Send a reminder now, in the client's language, through the outbox */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSent"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoicesByIdRevokeLinks: {
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
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoicesByIdSend: {
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
                "application/json": components["schemas"]["SendInvoice"];
            };
        };
        responses: {
            /** @description Sent, or kept in the outbox without SMTP */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceSent"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getInvoicesByIdSendings: {
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
            /** @description Sendings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceSendings"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postInvoicesByIdWriteOff: {
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
                "application/json": components["schemas"]["WriteOff"];
            };
        };
        responses: {
            /** @description Write off the unpaid balance (bad debt) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceView"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxSettings"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MailboxInput"];
            };
        };
        responses: {
            /** @description Settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxSettings"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteMailbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disconnected */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMailboxFolders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Folders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            name: string;
                            path: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail server refused the user name or password (`mail_login_refused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail server cannot be reached or answers unusably (`mail_server_unreachable`, with a `reason`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MailServerProblem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMailboxMessages: {
        parameters: {
            query?: {
                folder?: string;
                limit?: number;
                /** @description Mark the senders that are this mandate's client */
                mandateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        folder: string;
                        items: components["schemas"]["MailboxMessage"][];
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail server refused the user name or password (`mail_login_refused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail server cannot be reached or answers unusably (`mail_server_unreachable`, with a `reason`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MailServerProblem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMailboxPoll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the poll found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Why the mailbox could not be polled */
                        error: string | null;
                        /** @description Messages kept by this poll */
                        received: number;
                        /** @description Of them, kept with a reason they cannot become a list */
                        withProblem: number;
                    };
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMailboxReceived: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Received messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReceivedMail"][];
                        total: number;
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMailboxReceivedById: {
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
            /** @description The message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivedMail"] & {
                        text: string;
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMailboxReceivedByIdAttachmentsByIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Its place in `attachments`, from 0 */
                index: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment's bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMailboxReceivedByIdRound: {
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
                "application/json": components["schemas"]["ReceivedMailRound"];
            };
        };
        responses: {
            /** @description The round with its claims, and the message it came from */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedRound"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already imported (`conflict`, naming `roundId`), or the client relationship has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MailImportConflict"];
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMandates: {
        parameters: {
            query?: {
                clientId?: string;
                page?: number;
                pageSize?: number;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Mandates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandatePage"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMandatesById: {
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
            /** @description Mandate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mandate"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchMandatesById: {
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
                "application/json": components["schemas"]["UpdateMandate"];
            };
        };
        responses: {
            /** @description Mandate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mandate"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMandatesByIdChangeOrders: {
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
            /** @description Change orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ChangeOrderRow"][];
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMandatesByIdChangeOrders: {
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
                "application/json": components["schemas"]["CreateChangeOrder"];
            };
        };
        responses: {
            /** @description Draft change order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrder"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMandatesByIdCosts: {
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
            /** @description Costs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MandateCost"][];
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMandatesByIdCosts: {
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
                "application/json": components["schemas"]["RecordCost"];
            };
        };
        responses: {
            /** @description Cost */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandateCost"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMandatesByIdDeliveries: {
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
                "application/json": components["schemas"]["RecordDelivery"];
            };
        };
        responses: {
            /** @description Mandate */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mandate"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMandatesByIdMilestones: {
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
            /** @description Milestones, earliest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandateMilestones"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMandatesByIdMilestones: {
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
                "application/json": components["schemas"]["NewMilestone"];
            };
        };
        responses: {
            /** @description Milestones */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandateMilestones"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteMandatesByIdMilestonesByMilestoneId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                milestoneId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Milestones */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandateMilestones"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMandatesByIdMoney: {
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
            /** @description Money */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandateMoney"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putMandatesByIdProgress: {
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
                "application/json": components["schemas"]["SetProgress"];
            };
        };
        responses: {
            /** @description Money */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandateMoney"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteMandatesByIdProgress: {
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
            /** @description Money */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MandateMoney"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMandatesByIdRounds: {
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
            /** @description Rounds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            claims: number;
                            createdAt: string;
                            id: string;
                            receivedOn: string;
                            triaged: number;
                        }[];
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMandatesByIdRounds: {
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
                "application/json": components["schemas"]["ReceiveRound"];
            };
        };
        responses: {
            /** @description The round with its claims and baseline suggestions */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMandatesByIdRoundsFromMailbox: {
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
                "application/json": components["schemas"]["MailboxImport"];
            };
        };
        responses: {
            /** @description The round with its claims, and the message it came from */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportedRound"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already imported (`conflict`, naming `roundId`), or the client relationship has ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MailImportConflict"];
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail server refused the user name or password (`mail_login_refused`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The mail server cannot be reached or answers unusably (`mail_server_unreachable`, with a `reason`) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MailServerProblem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Me */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMe"];
            };
        };
        responses: {
            /** @description Me */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMeNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Preferences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putMeNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesInput"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session write without its X-CSRF-Token, or a member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePassword"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endedSessions: number;
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMeSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Session"][];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteMeSessionsById: {
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
            /** @description Ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMeSessionsRevokeOthers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endedSessions: number;
                    };
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMeTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorStatus"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMeTwoFactorDisable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableTwoFactor"];
            };
        };
        responses: {
            /** @description Off */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorStatus"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMeTwoFactorEnable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnableTwoFactor"];
            };
        };
        responses: {
            /** @description On */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMeTwoFactorSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret, shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        uri: string;
                    };
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Member"][];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMembers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMember"];
            };
        };
        responses: {
            /** @description Invited */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        inviteUrl: string;
                        member: components["schemas"]["Member"];
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchMembersById: {
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
                "application/json": components["schemas"]["UpdateMember"];
            };
        };
        responses: {
            /** @description Member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postMembersByIdTwoFactorReset: {
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
            /** @description Reset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorReset"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getNotifications: {
        parameters: {
            query?: {
                /** @description unread first, or by date */
                order?: "unread" | "date";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationMarkRead"];
            };
        };
        responses: {
            /** @description Marked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsMarked"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A session write without its X-CSRF-Token, or a member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getNotificationsUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unread count */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationUnreadCount"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getOffers: {
        parameters: {
            query?: {
                clientId?: string;
                page?: number;
                pageSize?: number;
                status?: "draft" | "sent" | "signed" | "declined" | "superseded" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferList"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postOffers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOffer"];
            };
        };
        responses: {
            /** @description Draft created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getOffersById: {
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
            /** @description Offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDetail"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchOffersById: {
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
                "application/json": components["schemas"]["UpdateOffer"];
            };
        };
        responses: {
            /** @description The draft now holding the content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postOffersByIdCancel: {
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
                "application/json": components["schemas"]["Cancel"];
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postOffersByIdEstimates: {
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
                "application/json": components["schemas"]["EstimateOffer"];
            };
        };
        responses: {
            /** @description Offer with the updated team estimate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDetail"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getOffersByIdPdf: {
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
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postOffersByIdResend: {
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
            /** @description Sent again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendOfferResult"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postOffersByIdRevokeLinks: {
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
            /** @description Revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        revoked: number;
                    };
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postOffersByIdSend: {
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
            /** @description Sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendOfferResult"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getOffersByIdVerify: {
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
            /** @description Result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getOutbox: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OutboxMessage"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getPortalByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document and its state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalView"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postPortalByTokenApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalSign"];
            };
        };
        responses: {
            /** @description Approved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalApproved"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getPortalByTokenPdf: {
        parameters: {
            query?: {
                creditNote?: string;
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postPortalByTokenReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalReject"];
            };
        };
        responses: {
            /** @description Declined */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postPortalByTokenSign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalSign"];
            };
        };
        responses: {
            /** @description Signed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalSigned"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getReceivables: {
        parameters: {
            query?: {
                /** @description the day aged as of (default: the studio's today) */
                asOf?: string;
                /** @description only this client: its totals, its row, its invoices */
                clientId?: string;
                /** @description `clientPage.nextCursor` of the page before: the next page of clients */
                clientsCursor?: string;
                /** @description DSO's period start (default: 89 days before asOf) */
                from?: string;
                /** @description `invoicePage.nextCursor` of the page before: the next page of open invoices */
                invoicesCursor?: string;
                /** @description rows per page of each list, 1-200 (default 50) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Receivables */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receivables"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getRecurringInvoices: {
        parameters: {
            query?: {
                clientId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recurring invoices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecurringInvoice"][];
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postRecurringInvoices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRecurringInvoice"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoice"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getRecurringInvoicesById: {
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
            /** @description Recurring invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoice"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchRecurringInvoicesById: {
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
                "application/json": components["schemas"]["PatchRecurringInvoice"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoice"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postRecurringInvoicesByIdEnd: {
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
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoice"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postRecurringInvoicesByIdPause: {
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
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoice"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postRecurringInvoicesByIdResume: {
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
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecurringInvoice"];
                };
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getRecurringInvoicesByIdUsage: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetainerUsage"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getReportsTaxes: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tax report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxReport"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getRoundsById: {
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
            /** @description Round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getRoundsByIdMail: {
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
            /** @description The message, or null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mail: {
                            attachments: {
                                contentType: string;
                                filename: string;
                                size: number;
                            }[];
                            createdAt: string;
                            folder: string;
                            mandateId: string;
                            messageId: string | null;
                            roundId: string;
                            sender: string;
                            sentAt: string | null;
                            subject: string;
                            uid: number;
                        } | null;
                    };
                };
            };
            /** @description A malformed id in the path */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postRoundsByIdMerge: {
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
                "application/json": components["schemas"]["MergeClaims"];
            };
        };
        responses: {
            /** @description The merged claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postRoundsByIdReply: {
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
                "application/json": components["schemas"]["RoundReply"];
            };
        };
        responses: {
            /** @description The letter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundLetter"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getSearch: {
        parameters: {
            query: {
                /** @description hits per kind */
                limit?: number;
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hits grouped by kind */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Setup and today */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupStatus"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getTimeEntries: {
        parameters: {
            query?: {
                category?: components["schemas"]["TimeCategory"];
                clientId?: string;
                /** @description the previous page's `nextCursor`: the next page by its sort key (`page` is then ignored) */
                cursor?: string;
                from?: string;
                mandateId?: string;
                memberId?: string;
                page?: number;
                pageSize?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryPage"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postTimeEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogTime"];
            };
        };
        responses: {
            /** @description Logged */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntry"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteTimeEntriesById: {
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
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getTimers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Timers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RunningTimer"][];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postTimersDiscard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId?: string;
                };
            };
        };
        responses: {
            /** @description Discarded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postTimersStart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartTimer"];
            };
        };
        responses: {
            /** @description Started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunningTimer"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postTimersStop: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId?: string;
                };
            };
        };
        responses: {
            /** @description Logged */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntry"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getTimesheet: {
        parameters: {
            query: {
                date: string;
                memberId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Week */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timesheet"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    postTokens: {
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
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"] & {
                        token: string;
                    };
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    deleteTokensById: {
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
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found (also for another workspace's ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A member who has not yet set up the two-step sign-in their workspace requires (`two_factor_setup_required`) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    patchWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkspace"];
            };
        };
        responses: {
            /** @description Workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    getWorkspaceTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorPolicy"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A stored record this answer reads is damaged (`corrupt_record`, naming it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
    putWorkspaceTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    required: boolean;
                };
            };
        };
        responses: {
            /** @description Policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorPolicy"];
                };
            };
            /** @description Invalid input (the `fields` name what is wrong) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed (role, CSRF or closed sign-up) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict or invalid state */
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
            /** @description The body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot answer for now (see Retry-After) */
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
}
