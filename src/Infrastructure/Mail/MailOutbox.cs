using System.Text.Json;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Application.Mail;
using AdaptiveLearning.Infrastructure.Jobs;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Mail;

/// <summary>The mail_outbox table: rows join the transaction of the change that causes them, with the job that sends them.</summary>
internal sealed class MailOutbox(MySqlDataSource db, MailOptions options)
{
    public async Task AddAsync(MySqlConnection connection, MySqlTransaction transaction, IEnumerable<OutboundMail> mails, CancellationToken ct)
    {
        foreach (var mail in mails)
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO mail_outbox (id, recipient, subject, text_body, html_body, created_at)
                VALUES (@Id, @To, @Subject, @TextBody, @HtmlBody, UTC_TIMESTAMP(6))
                """, new { Id = mail.Id.ToString(), mail.To, mail.Subject, mail.TextBody, mail.HtmlBody }, transaction, cancellationToken: ct));
            var payload = JsonSerializer.Serialize(new MailJob(mail.Id), JsonSerializerOptions.Web);
            await JobStore.InsertAsync(connection, new NewJob(Guid.NewGuid(), MailJob.Kind, payload, options.MaxAttempts), ct, transaction);
        }
    }

    /// <returns>The row, or null when it was sent already (a rerun) or no longer exists.</returns>
    public async Task<OutboundMail?> FindUnsentAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<OutboundMail>(new CommandDefinition("""
            SELECT id AS Id, recipient AS `To`, subject AS Subject, text_body AS TextBody, html_body AS HtmlBody
            FROM mail_outbox WHERE id = @Id AND sent_at IS NULL
            """, new { Id = id.ToString() }, cancellationToken: ct));
    }

    public async Task MarkSentAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mail_outbox SET sent_at = UTC_TIMESTAMP(6), attempts = attempts + 1, last_error = NULL WHERE id = @Id",
            new { Id = id.ToString() }, cancellationToken: ct));
    }

    public async Task RecordFailureAsync(Guid id, string error, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE mail_outbox SET attempts = attempts + 1, last_error = @Error WHERE id = @Id",
            new { Id = id.ToString(), Error = error.Length > 500 ? error[..500] : error }, cancellationToken: ct));
    }
}
