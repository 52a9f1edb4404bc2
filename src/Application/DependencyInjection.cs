using AdaptiveLearning.Application.Adaptive.Placement;
using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Application.Adaptive.Tracing;
using AdaptiveLearning.Application.Answers;
using AdaptiveLearning.Application.Auth.External;
using AdaptiveLearning.Application.Auth.Login;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Application.Models.RunCorrectnessTraining;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Domain.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdaptiveLearning.Application;

public static class DependencyInjection
{
    /// <summary>Everything the Application owns: every use case handler and the helpers they share.</summary>
    public static IHostApplicationBuilder AddApplication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Scan(scan => scan
            .FromAssembliesOf(typeof(DependencyInjection))
            .AddClasses(c => c.AssignableTo(typeof(IHandler<,>)), publicOnly: false)
            .As(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHandler<,>)))
            .WithScopedLifetime());

        services.AddScoped<Goals.GoalRules>();
        services.AddScoped<Groups.GroupAccess>();
        services.AddScoped<Goals.GoalPlanning>();
        services.AddScoped<RefreshTokenFactory>();
        services.AddScoped<SecondFactor>();
        services.AddScoped<CredentialCheck>();
        services.AddSingleton(builder.Configuration.GetSection(MfaOptions.Section).Get<MfaOptions>() ?? new MfaOptions());
        services.AddSingleton(builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions());
        services.AddSingleton<AccountMails>();
        services.AddScoped<EmailVerification>();
        services.AddScoped<Users.CurrentPassword>();
        services.AddScoped<SessionLoader>();
        services.AddScoped<AnswerRecorder>();
        services.AddScoped<Badges.BadgeEvaluator>();
        services.AddScoped<Engagement.LearnerFigureReader>();
        services.AddSingleton(builder.Configuration.GetSection(PointsRules.Section).Get<PointsRules>() ?? new PointsRules());
        services.AddSingleton(builder.Configuration.GetSection(StreakRules.Section).Get<StreakRules>() ?? new StreakRules());
        services.AddSingleton(builder.Configuration.GetSection(ReminderRules.Section).Get<ReminderRules>() ?? new ReminderRules());
        services.AddSingleton<Notifications.ReminderMails>();
        services.AddScoped<CardEditor>();
        services.AddScoped<IMasteryEstimator, BktMastery>();
        services.AddScoped<PlacementRunner>();
        services.AddScoped<PlacementCompletion>();
        services.AddScoped<NextQuestionScoring>();
        services.AddScoped<IJobHandler, CorrectnessTrainingJobHandler>();
        services.AddSingleton(builder.Configuration.GetSection(LoginThrottleOptions.Section).Get<LoginThrottleOptions>()
                              ?? new LoginThrottleOptions());
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton(builder.Configuration.GetSection(ServiceAccounts.ServiceAccountOptions.Section).Get<ServiceAccounts.ServiceAccountOptions>()
                              ?? new ServiceAccounts.ServiceAccountOptions());
        services.AddSingleton(builder.Configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions());
        services.AddScoped<QuestionPreconditions>();
        services.AddScoped<QuestionVersionLookup>();
        services.AddScoped<QuestionStatusChanger>();
        services.AddScoped<ExternalAccountLinker>();
        services.AddSingleton(builder.Configuration.GetSection(ExternalSignInOptions.Section).Get<ExternalSignInOptions>()
                              ?? new ExternalSignInOptions());
        return builder;
    }
}
