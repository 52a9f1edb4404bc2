namespace AdaptiveLearning.Infrastructure.Mail;

/// <summary>The job that delivers one outbox row; its payload names the row.</summary>
internal sealed record MailJob(Guid OutboxId)
{
    public const string Kind = "mail.send";
}
