namespace AdaptiveLearning.Application.Events;

/// <summary>
/// The event catalogue: the types that leave the system (webhooks, the learner's stream). Names are part of the public
/// contract: add, never rename. Payload shapes are in ADR 0021.
/// </summary>
public static class EventTypes
{
    /// <summary>A learner's answer was stored (not for a repeated clientAttemptId).</summary>
    public const string AnswerRecorded = "answer.recorded";
    /// <summary>A learner ended a session.</summary>
    public const string SessionEnded = "session.ended";
    /// <summary>A question became published (publish, approval or bulk status change).</summary>
    public const string QuestionPublished = "question.published";
    /// <summary>An import job finished (succeeded, with problems, failed, cancelled or interrupted).</summary>
    public const string ImportFinished = "import.finished";
    /// <summary>A group challenge's result was settled (at the first read after its end, ADR 0026).</summary>
    public const string ChallengeEnded = "challenge.ended";
    /// <summary>A webhook was switched off after too many failed deliveries in a row.</summary>
    public const string WebhookDisabled = "webhook.disabled";
    /// <summary>Sent only to the webhook it tests, on request.</summary>
    public const string WebhookPing = "webhook.ping";

    /// <summary>The types a webhook may subscribe to.</summary>
    public static IReadOnlyList<string> Subscribable { get; } = [AnswerRecorded, SessionEnded, QuestionPublished, ImportFinished, WebhookDisabled, ChallengeEnded];
}
