using AdaptiveLearning.Application.Audit;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Users.ExportMe;

internal sealed class ExportMeHandler(IUserRepository users, IEnumerable<IPersonalDataSource> sources, ISecurityAudit audit, IClock clock)
    : IHandler<ExportMeQuery, PersonalDataExport>
{
    public async Task<PersonalDataExport> HandleAsync(ExportMeQuery request, CancellationToken ct)
    {
        var user = await users.GetAsync(request.UserId, ct) ?? throw new ProblemException(Problems.Unauthenticated);
        var data = new Dictionary<string, object>();
        foreach (var source in sources)
            data[source.Section] = await source.ExportAsync(user.Id, ct);
        // Recorded once the data is gathered: a failed export handed nothing out.
        await audit.RecordAsync(new AuditEntry(clock.UtcNow, AuditKind.AccountExported, user.Id, user.Id, request.Client, null), ct);
        return new PersonalDataExport(clock.UtcNow, UserProfile.From(user), data);
    }
}
