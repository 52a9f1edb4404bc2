namespace AdaptiveLearning.Infrastructure.Events;

/// <summary>The "Events" configuration section (ADR 0021).</summary>
public sealed class EventOptions
{
    public const string Section = "Events";

    /// <summary>Off for an instance that should never publish (and in tests that need events to stay in the outbox).</summary>
    public bool PublisherEnabled { get; init; } = true;
    /// <summary>How often the publishing instance looks for new outbox rows when the last look found none.</summary>
    public int PollMilliseconds { get; init; } = 250;
    public int BatchSize { get; init; } = 200;
    /// <summary>The CloudEvents <c>source</c> of every event.</summary>
    public string Source { get; init; } = "/adaptive-learning";
    /// <summary>How long a learner's stream keeps events for a reconnecting client's <c>Last-Event-ID</c>.</summary>
    public double StreamRetentionHours { get; init; } = 24;
    /// <summary>The most events a learner's stream keeps (older ones are trimmed first).</summary>
    public int StreamMaxLength { get; init; } = 1000;
    /// <summary>Seconds between comment lines on an idle stream, so proxies keep it open.</summary>
    public double StreamKeepAliveSeconds { get; init; } = 15;
}
