using System.Data.Common;
using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Domain.Common;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Audit;

/// <summary>The one statement that writes the audit log, so an entry can join the transaction of the change it records.</summary>
internal static class AuditInsert
{
    private const int DetailLength = 500;
    private const int ClientLength = 64;

    public static Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, AuditEntry entry, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO security_audit (occurred_at, kind, user_id, actor_id, client, detail)
            VALUES (@At, @Kind, @UserId, @ActorId, @Client, @Detail)
            """,
            new
            {
                entry.At,
                Kind = WireNames.Of(entry.Kind),
                UserId = entry.UserId?.ToString(),
                ActorId = entry.ActorId?.ToString(),
                Client = Clip(entry.Client, ClientLength),
                Detail = Clip(entry.Detail, DetailLength),
            }, transaction, cancellationToken: ct));

    private static string? Clip(string? text, int length) => text is { Length: > 0 } && text.Length > length ? text[..length] : text;
}
