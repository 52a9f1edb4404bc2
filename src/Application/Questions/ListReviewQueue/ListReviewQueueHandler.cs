using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.ListReviewQueue;

internal sealed class ListReviewQueueHandler(IQuestionReviewQueries review) : IHandler<ListReviewQueueQuery, ReviewQueuePage>
{
    public async Task<ReviewQueuePage> HandleAsync(ListReviewQueueQuery request, CancellationToken ct)
    {
        var after = KeysetCursor.DecodeOrThrow(request.Cursor, "cursor");
        // A cursor this list made always carries the submission time it pages by.
        if (after is not null && (after.Score is not (>= 0 and var key) || key > ReviewQueueSpecification.MaxSubmittedKey))
            throw ProblemException.Field("cursor", "Not a cursor returned by the review queue.");
        var spec = new ReviewQueueSpecification(request.Node, request.Author, after,
            Math.Clamp(request.Limit ?? ReviewQueueSpecification.DefaultLimit, 1, ReviewQueueSpecification.MaxLimit));
        var page = await review.ListQueueAsync(spec, ct);
        return new ReviewQueuePage(page.Items, page.Next?.Encode());
    }
}
