namespace AdaptiveLearning.Api.OpenApi;

/// <summary>What each area of the API is for; the tags are the SDK's resource names.</summary>
internal static class TagDescriptions
{
    public static readonly IReadOnlyDictionary<string, string> ByTag = new Dictionary<string, string>
    {
        ["Admin"] = "Administration (admins): accounts' roles and activation, and the append-only security audit log.",
        ["Analytics"] = "Item statistics for content teams: weak questions and why they are flagged, refreshed by a background job (staff).",
        ["Answers"] = "Record a learner's answers, one at a time or as an offline batch; idempotent by clientAttemptId.",
        ["Auth"] = "Register, sign in, refresh the 15-minute access token with a rotating refresh token, sign out.",
        ["Badges"] = "Badges learners earn when a metric (answers, accuracy, points, level, active days, streak, placement) reaches a threshold; definitions are data admins manage.",
        ["Cards"] = "A learner's spaced-repetition cards: list, read, suspend, bury, reset, move the due time, undo an answer.",
        ["Goals"] = "A learner's study goals (a scope to know by a date) and their day-by-day plans from the FSRS workload simulator.",
        ["Groups"] = "Study groups joined by invite code, their members, challenges with their own boards and results, and an educating owner's view of members who share their progress.",
        ["Hierarchy"] = "The topic > subtopic > leaf > facet tree questions live in; reads are cached and ETag-aware.",
        ["Imports"] = "Bulk import of question banks in the JSON import format, as background jobs.",
        ["Exports"] = "Export of the bank or a subtree as a zip in the import format, as background jobs; the zip is kept for a limited time.",
        ["Leaderboards"] = "Weekly, monthly and all-time points boards (UTC, ISO weeks), for everyone or one of my groups; hidden learners are neither shown nor counted.",
        ["Models"] = "The adaptive engine's models: the correctness predictor, knowledge tracing and item calibration (admins).",
        ["Progress"] = "A learner's mastery per node, dashboard and ability estimates.",
        ["Questions"] = "Questions and their editorial workflow (draft, in review, published, archived); learners see published ones without answers.",
        ["Scheduler"] = "A learner's FSRS scheduler: fit its weights on the review log and simulate the workload ahead.",
        ["ServiceAccounts"] = "Service accounts for server-to-server integrations and their scoped, expiring, rotatable API keys (admins).",
        ["Sessions"] = "Study sessions (learn, review, practice, mock test, cram, placement) and the next questions to study.",
        ["Users"] = "My account, settings, personal data export and review log.",
        ["Webhooks"] = "Webhooks that receive signed CloudEvents (HMAC-SHA256, at least once, in order per subject) and their delivery logs (admins; service accounts with the webhooks scope).",
        ["Events"] = "My own events, live, as Server-Sent Events, resumable with Last-Event-ID.",
    };
}
