namespace AdaptiveLearning.Infrastructure.Mail;

/// <summary>The "Mail" configuration section: <c>Mail__From</c>, <c>Mail__Smtp__Host</c>, <c>Mail__Smtp__Port</c>, ….</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The From address, e.g. <c>AdaptiveLearning &lt;no-reply@example.com&gt;</c>.</summary>
    public string From { get; init; } = "AdaptiveLearning <no-reply@localhost>";
    public SmtpOptions Smtp { get; init; } = new();
    /// <summary>Tries per mail before it is given up (the job engine's backoff spreads them over ~half an hour by default).</summary>
    public int MaxAttempts { get; init; } = 10;
}
