namespace AdaptiveLearning.Infrastructure.Mail;

public sealed class SmtpOptions
{
    public string Host { get; init; } = "localhost";
    public int Port { get; init; } = 25;
    /// <summary>None, Auto, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).</summary>
    public string Security { get; init; } = "StartTlsWhenAvailable";
    public string? Username { get; init; }
    public string? Password { get; init; }
    public int TimeoutSeconds { get; init; } = 30;
}
