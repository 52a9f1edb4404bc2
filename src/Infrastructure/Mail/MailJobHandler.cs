using System.Text.Json;
using AdaptiveLearning.Application.Jobs;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.Mail;

/// <summary>
/// Sends one outbox row. The job engine claims it on one instance at a time, retries with backoff and hands it back on
/// shutdown; sent_at makes a rerun of a delivered row a no-op, so a restart never sends a mail twice.
/// </summary>
internal sealed class MailJobHandler(MailOutbox outbox, SmtpMailSender sender, ILogger<MailJobHandler> logger) : IJobHandler
{
    public string Kind => MailJob.Kind;

    public async Task<string?> HandleAsync(RunningJob job, CancellationToken ct)
    {
        var id = JsonSerializer.Deserialize<MailJob>(job.Payload, JsonSerializerOptions.Web)!.OutboxId;
        if (await outbox.FindUnsentAsync(id, ct) is not { } mail)
            return null;
        try
        {
            await sender.SendAsync(mail, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await outbox.RecordFailureAsync(id, e.Message, CancellationToken.None);
            throw;
        }
        // The server has the message now, so this is recorded even while the instance stops.
        await outbox.MarkSentAsync(id, CancellationToken.None);
        return null;
    }

    public Task GaveUpAsync(RunningJob job, JobStatus status, string error, CancellationToken ct)
    {
        logger.LogError("Gave up sending mail job {JobId} ({Status}): {Error}", job.Id, status, error);
        return Task.CompletedTask;
    }
}
