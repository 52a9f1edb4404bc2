using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Application.Users.GetReviewLog;
using AdaptiveLearning.Application.Users;
using AdaptiveLearning.Infrastructure.Cards;
using AdaptiveLearning.Infrastructure.Engagement;
using AdaptiveLearning.Infrastructure.Progress;
using AdaptiveLearning.Infrastructure.Sessions;
using AdaptiveLearning.Infrastructure.Users;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Learning;

public static class LearningServices
{
    /// <summary>The learning loop: sessions, cards, attempts, progress and their use-case helpers.</summary>
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddScoped<ILearningSessionRepository, LearningSessionRepository>();
        services.AddScoped<ICardRepository, CardRepository>();
        services.AddScoped<IAttemptReader, AttemptReader>();
        services.AddScoped<IStudyContextReader, StudyContextReader>();
        services.AddScoped<IQuestionLookup, QuestionLookup>();
        services.AddScoped<IStudyQueries, StudyQueries>();
        services.AddScoped<ICardQueries, CardQueries>();
        services.AddScoped<IProgressQueries, ProgressQueries>();
        services.AddScoped<IReviewLogQueries, ReviewLogQueries>();
        services.AddScoped<ISessionHistoryQueries, SessionHistoryQueries>();
        services.AddScoped<IActivityQueries, ActivityQueries>();
        services.AddScoped<IPointsLedger, PointsLedger>();
        services.AddScoped<IPersonalDataSource, LearningPersonalData>();
        services.AddScoped<IEngagementFigures, EngagementFigures>();
        services.AddScoped<IEngagementAudit, EngagementAudit>();
        services.AddScoped<IPersonalDataSource, PointsLedgerPersonalData>();
        services.AddScoped<Application.Badges.IBadgeCatalog, Badges.BadgeCatalog>();
        services.AddScoped<Application.Badges.ILearnerBadges, Badges.LearnerBadges>();
        services.AddScoped<Application.Badges.IBadgeStandingReader, Badges.BadgeStandingReader>();
        services.AddScoped<IPersonalDataSource, Badges.BadgePersonalData>();
        return services;
    }
}
