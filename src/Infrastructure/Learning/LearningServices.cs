using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Learning.Cards;
using AdaptiveLearning.Application.Learning.Progress;
using AdaptiveLearning.Application.Learning.ReviewLog;
using AdaptiveLearning.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.Learning;

public static class LearningServices
{
    /// <summary>The learning loop: sessions, cards, attempts, progress and their use-case helpers.</summary>
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddLearningUseCases();
        services.AddScoped<ILearningSessionRepository, LearningSessionRepository>();
        services.AddScoped<ICardRepository, CardRepository>();
        services.AddScoped<IAttemptReader, AttemptReader>();
        services.AddScoped<IQuestionLookup, QuestionLookup>();
        services.AddScoped<IStudyQueries, StudyQueries>();
        services.AddScoped<ICardQueries, CardQueries>();
        services.AddScoped<IProgressQueries, ProgressQueries>();
        services.AddScoped<IReviewLogQueries, ReviewLogQueries>();
        services.AddScoped<IPersonalDataSource, LearningPersonalData>();
        return services;
    }
}
