using AdaptiveLearning.Application.Events.Payloads;

namespace AdaptiveLearning.Application.Events;

/// <summary>
/// The event catalogue: the types that leave the system (webhooks, the learner's stream). Names are part of the public
/// contract: add, never rename. <see cref="Catalogue"/> gives each its data shape, which the OpenAPI document publishes
/// (its <c>webhooks</c> section and a component schema per type) and the SDKs read as typed models.
/// </summary>
public static class EventTypes
{
    /// <summary>A learner's answer was stored (not for a repeated clientAttemptId).</summary>
    public const string AnswerRecorded = "answer.recorded";
    /// <summary>A learner's answer made a card a leech.</summary>
    public const string CardLeeched = "card.leeched";
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
    /// <summary>A learner earned a badge (once per learner and badge).</summary>
    public const string BadgeEarned = "badge.earned";
    /// <summary>Sent only to the webhook it tests, on request.</summary>
    public const string WebhookPing = "webhook.ping";

    /// <summary>Every type with the record its <c>data</c> is serialised from, in the order subscriptions list them.</summary>
    public static IReadOnlyList<EventKind> Catalogue { get; } =
    [
        new(AnswerRecorded, typeof(AnswerRecordedData), "A learner's answer was stored; repeats of a clientAttemptId are not events.", Subscribable: true),
        new(CardLeeched, typeof(CardLeechedData), "A learner forgot a card so often that it became a leech (and was suspended, if they chose so).", Subscribable: true),
        new(SessionEnded, typeof(SessionEndedData), "A learner ended a session.", Subscribable: true),
        new(QuestionPublished, typeof(QuestionPublishedData), "A question became published by publishing, approval or a bulk status change.", Subscribable: true),
        new(ImportFinished, typeof(ImportFinishedData), "An import job finished: succeeded, with problems, failed, cancelled or interrupted.", Subscribable: true),
        new(WebhookDisabled, typeof(WebhookDisabledData), "A webhook was switched off after too many failed deliveries in a row.", Subscribable: true),
        new(BadgeEarned, typeof(BadgeEarnedData), "A learner earned a badge; once per learner and badge.", Subscribable: true),
        new(ChallengeEnded, typeof(ChallengeEndedData), "A group challenge's result was frozen, at the first read after its end.", Subscribable: true),
        new(WebhookPing, typeof(WebhookPingData), "Sent on request to the one webhook it tests; no subscription needed.", Subscribable: false),
    ];

    /// <summary>The types a webhook may subscribe to.</summary>
    public static IReadOnlyList<string> Subscribable { get; } = Catalogue.Where(k => k.Subscribable).Select(k => k.Type).ToArray();
}
