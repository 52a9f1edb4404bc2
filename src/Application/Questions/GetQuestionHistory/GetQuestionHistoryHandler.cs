using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.GetQuestionHistory;

internal sealed class GetQuestionHistoryHandler(IQuestionQueries questions, IQuestionReviewQueries review)
    : IHandler<GetQuestionHistoryQuery, QuestionHistoryPage>
{
    public async Task<QuestionHistoryPage> HandleAsync(GetQuestionHistoryQuery request, CancellationToken ct)
    {
        var after = KeysetCursor.DecodeOrThrow(request.Cursor, "cursor");
        // An empty trail and a question that never existed must not look alike.
        if (await questions.GetAsync(request.Id, ContentViewer.Staff, ct) is null)
            throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
        var limit = Math.Clamp(request.Limit ?? GetQuestionHistoryQuery.DefaultLimit, 1, GetQuestionHistoryQuery.MaxLimit);
        var page = await review.ListHistoryAsync(request.Id, after, limit, ct);
        return new QuestionHistoryPage(page.Items, page.Next?.Encode());
    }
}
