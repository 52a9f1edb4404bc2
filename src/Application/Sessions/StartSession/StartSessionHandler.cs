using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Goals;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Sessions.StartSession;

internal sealed class StartSessionHandler(SessionLoader loader, ILearningSessionRepository sessions, IStudyQueries study,
    IAdaptiveQueries adaptive, IGoalRepository goals, GoalPlanning planning, IClock clock)
    : IHandler<StartSessionCommand, SessionView>
{
    public async Task<SessionView> HandleAsync(StartSessionCommand request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var scope = request.Scope.Select(p => HierarchyPath.TryParse(p, out var path)
            ? path.ToString()
            : throw ProblemException.Field("scope", $"'{p}' is not a hierarchy path.")).Distinct().ToList();
        SessionGoal? goal = null;
        if (request.GoalId is { } goalId)
            (scope, goal) = await GoalAsync(request, learner, goalId, ct);

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
            Goal = goal,
            StartedAt = clock.UtcNow,
        };
        await sessions.AddAsync(session, ct);
        return SessionView.From(session, SessionCounts.None);
    }

    /// <summary>
    /// The goal and its plan are read once, here: the session keeps the day's quota and the target date, so
    /// next-questions costs a goal session no more reads than any other.
    /// </summary>
    private async Task<(List<string> Scope, SessionGoal Goal)> GoalAsync(StartSessionCommand request, User learner, Guid goalId,
        CancellationToken ct)
    {
        if (request.Mode is not (SessionMode.Learn or SessionMode.Practice))
            throw ProblemException.Field("goalId", "Only learn and practice sessions study for a goal.");
        if (request.Scope.Count > 0)
            throw ProblemException.Field("scope", "A session for a goal studies the goal's scope; leave scope out.");
        var goal = await goals.GetAsync(learner.Id, goalId, ct) ?? throw GoalMissing.Problem();
        var plan = await planning.PlanAsync(learner, goal, ct);
        return ([.. goal.Scope], new SessionGoal(goal.Id, goal.TargetDate, plan.NewCardsPerDay));
    }
}
