using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.StartSession;

internal sealed class StartSessionHandler(SessionLoader loader, ILearningSessionRepository sessions, IStudyQueries study,
    IAdaptiveQueries adaptive, IClock clock)
    : IHandler<StartSessionCommand, SessionView>
{
    public async Task<SessionView> HandleAsync(StartSessionCommand request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var scope = request.Scope.Select(p => HierarchyPath.TryParse(p, out var path)
            ? path.ToString()
            : throw ProblemException.Field("scope", $"'{p}' is not a hierarchy path.")).Distinct().ToList();

        var limits = request.Limits;
        IReadOnlyList<long> fixedQuestions = [];
        if (request.Mode == SessionMode.MockTest)
        {
            limits = limits with { QuestionCount = limits.QuestionCount ?? SessionLimits.DefaultMockTestLength };
            fixedQuestions = await study.RandomQuestionIdsAsync(scope, limits.QuestionCount.Value, ct);
            if (fixedQuestions.Count == 0)
                throw new ProblemException(Problems.NothingToStudy, "The scope holds no published questions.");
        }

        if (request.Mode == SessionMode.Placement && (await adaptive.ItemBankAsync(scope, ct)).Count == 0)
            throw new ProblemException(Problems.NothingToStudy, "The scope holds no published questions.");

        var session = new LearningSession
        {
            Id = Guid.NewGuid(),
            UserId = learner.Id,
            Mode = request.Mode,
            Scope = scope,
            Limits = limits,
            QuestionIds = fixedQuestions,
            StartedAt = clock.UtcNow,
        };
        await sessions.AddAsync(session, ct);
        return SessionView.From(session, SessionCounts.None);
    }
}
