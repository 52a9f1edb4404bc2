using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Progress.GetProgress;

internal sealed class GetProgressHandler(SessionLoader loader, IProgressQueries progress, IMasteryEstimator mastery, IClock clock)
    : IHandler<GetProgressQuery, ProgressReport>
{
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    public async Task<ProgressReport> HandleAsync(GetProgressQuery request, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(request.UserId, ct));
        var path = "";
        if (request.NodePath is { Length: > 0 } requested)
        {
            if (!HierarchyPath.TryParse(requested, out var parsed))
                throw ProblemException.Field("node", $"'{requested}' is not a hierarchy path.");
            path = parsed.ToString();
            if (!await progress.NodeExistsAsync(path, ct))
                throw new ProblemException(Problems.NotFound, $"No hierarchy node '{path}'.");
        }

        var now = clock.UtcNow;
        var facts = await progress.LoadAsync(request.UserId, path.Length == 0 ? null : path, now - RecentWindow, ct);
        var calculator = new ProgressCalculator(facts, schedule, await mastery.FacetMasteryAsync(request.UserId, ct), now);
        return new ProgressReport(calculator.For(path), calculator.Children(path), calculator.Forecast(), calculator.StreakDays());
    }
}
