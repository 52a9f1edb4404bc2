using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Domain.Common;
using Dapper;

namespace AdaptiveLearning.Infrastructure.Admin;

/// <summary>Turns an <see cref="AuditLogSpecification"/> into SQL in three steps: where, order (newest first), page.</summary>
internal static class AuditLogSql
{
    public const string Columns = "a.id, a.occurred_at, a.kind, a.user_id, a.actor_id, a.client, a.detail";

    public static (string Sql, DynamicParameters Parameters) Build(AuditLogSpecification spec)
    {
        var parameters = new DynamicParameters();
        var sql = $"""
            SELECT {Columns}
            FROM security_audit a
            WHERE {string.Join(" AND ", Where(spec, parameters))}
            ORDER BY a.id DESC
            {Page(spec, parameters)}
            """;
        return (sql, parameters);
    }

    public static IReadOnlyList<string> Where(AuditLogSpecification spec, DynamicParameters parameters)
    {
        var clauses = new List<string> { "1 = 1" };
        if (spec.UserId is { } user)
        {
            clauses.Add("a.user_id = @UserId");
            parameters.Add("UserId", user.ToString());
        }
        if (spec.Kind is { } kind)
        {
            clauses.Add("a.kind = @Kind");
            parameters.Add("Kind", WireNames.Of(kind));
        }
        if (spec.From is { } from)
        {
            clauses.Add("a.occurred_at >= @From");
            parameters.Add("From", from.UtcDateTime);
        }
        if (spec.To is { } to)
        {
            clauses.Add("a.occurred_at < @To");
            parameters.Add("To", to.UtcDateTime);
        }
        if (spec.After is { } after)
        {
            clauses.Add("a.id < @AfterId");
            parameters.Add("AfterId", after.Id);
        }
        return clauses;
    }

    /// <summary>One row more than the page, so the caller knows whether another page follows.</summary>
    public static string Page(AuditLogSpecification spec, DynamicParameters parameters)
    {
        parameters.Add("Take", spec.Limit + 1);
        return "LIMIT @Take";
    }
}
