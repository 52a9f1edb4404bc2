namespace AdaptiveLearning.Application.Events;

/// <summary>Aggregate names: events of one aggregate are numbered 1, 2, 3 … and delivered in that order.</summary>
public static class EventAggregates
{
    public static string Learner(Guid userId) => $"learner/{userId}";
    public static string Session(Guid sessionId) => $"session/{sessionId}";
    public static string Question(long questionId) => $"question/{questionId}";
    public static string Import(Guid importId) => $"import/{importId}";
    public static string Challenge(Guid challengeId) => $"challenge/{challengeId}";
    public static string Webhook(Guid webhookId) => $"webhook/{webhookId}";
}
