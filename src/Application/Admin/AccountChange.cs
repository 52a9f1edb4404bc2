using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Admin;

/// <summary>An account's role and activity after a change, with the audit entries the change writes in its transaction.</summary>
public sealed record AccountChange(Role Role, bool Active, IReadOnlyList<AuditEntry> Audit)
{
    /// <summary>
    /// Applies the requested role and activity to <paramref name="current"/>. Runs inside the change's transaction, so
    /// <paramref name="otherActiveAdmins"/> cannot drop between this check and the commit.
    /// </summary>
    /// <exception cref="ProblemException"><c>last_admin</c>: the change would leave no active admin; <c>email_unverified</c>: a staff
    /// role for an account whose owner never proved the address (a staff account's reset link must reach its owner).</exception>
    public static AccountChange Decide(ManagedUser current, int otherActiveAdmins, Role? role, bool? active,
        Guid? actor, string? client, DateTimeOffset at)
    {
        var next = new AccountChange(role ?? current.Role, active ?? current.Active, []);
        var staysActiveAdmin = next.Active && next.Role == Role.Admin;
        if (current.IsActiveAdmin && !staysActiveAdmin && otherActiveAdmins == 0)
            throw new ProblemException(Problems.LastAdmin);
        if (next.Role != current.Role && next.Role != Role.Learner && !current.EmailVerified)
            throw new ProblemException(Problems.EmailUnverified);

        var audit = new List<AuditEntry>();
        if (next.Role != current.Role)
            audit.Add(new AuditEntry(at, AuditKind.RoleChanged, current.Id, actor, client,
                $"{WireNames.Of(current.Role)} → {WireNames.Of(next.Role)}"));
        if (next.Active != current.Active)
            audit.Add(new AuditEntry(at, AuditKind.ActivationChanged, current.Id, actor, client,
                next.Active ? "activated" : "deactivated"));
        return next with { Audit = audit };
    }

    public bool Changes(ManagedUser current) => Role != current.Role || Active != current.Active;
}
