namespace AdaptiveLearning.Api.Features.Sessions.RevealAnswer;

public sealed class RevealAnswerRequest
{
    public const string Route = "/sessions/{id}/questions/{questionId}/reveal";

    public static string For(Guid session, long question) =>
        Route.Replace("{id}", session.ToString()).Replace("{questionId}", question.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The session id.</summary>
    public Guid Id { get; init; }
    /// <summary>A self-rated question (gradingMode self_rated) offered in the session.</summary>
    public long QuestionId { get; init; }
}
