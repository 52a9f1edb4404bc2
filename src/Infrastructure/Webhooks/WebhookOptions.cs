namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>The "Webhooks" configuration section (ADR 0021).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Comma-separated host names or addresses webhooks may target although they are loopback, private or link-local,
    /// and over plain http: test receivers and trusted internal services. Empty by default.
    /// </summary>
    public string AllowedHosts { get; init; } = "";
    /// <summary>Off for an instance that should never send (the others still do).</summary>
    public bool DispatcherEnabled { get; init; } = true;
    /// <summary>How long a receiver has to answer one delivery.</summary>
    public double TimeoutSeconds { get; init; } = 10;
    /// <summary>Attempts per delivery before it is marked failed (redeliver it by hand after that).</summary>
    public int MaxAttempts { get; init; } = 8;
    public double RetryBaseSeconds { get; init; } = 10;
    public double RetryMaxSeconds { get; init; } = 3600;
    /// <summary>Failed attempts in a row after which a webhook is switched off.</summary>
    public int DisableAfterFailures { get; init; } = 20;
    /// <summary>Deliveries one instance sends at once; each webhook has at most one of them, so a slow receiver holds one slot.</summary>
    public int MaxConcurrentDeliveries { get; init; } = 16;
    public int PollMilliseconds { get; init; } = 500;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public bool IsAllowedHost(string host)
    {
        var bare = host.Trim('[', ']');
        return AllowedHosts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(h => string.Equals(h.Trim('[', ']'), bare, StringComparison.OrdinalIgnoreCase));
    }
}
