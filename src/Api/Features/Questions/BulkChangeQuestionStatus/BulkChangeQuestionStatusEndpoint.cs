using AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.BulkChangeQuestionStatus;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Domain.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.BulkChangeQuestionStatus;

internal sealed class BulkChangeQuestionStatusEndpoint(IHandler<BulkChangeQuestionStatusCommand, BulkStatusResponse> handler)
    : Endpoint<BulkChangeQuestionStatusRequest, BulkStatusResponse>
{
    public override void Configure()
    {
        Post(BulkChangeQuestionStatusRequest.Route);
        Roles(QuestionActionRoles.Any);
        Options(x => x.WithTags("Questions"));
        Summary(s =>
        {
            s.Summary = "Submit, approve, reject, publish or archive up to 500 questions; a result per id (roles as the single routes)";
            s.Description = "Each question changes in its own transaction: one that cannot change reports its problem code "
                            + "(not_found, invalid_transition, self_approval, review_required, conflict) and the others still change.";
        });
        Description(x => x.Produces<BulkStatusResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(BulkChangeQuestionStatusRequest req, CancellationToken ct)
    {
        var action = WireNames.Parse<QuestionAction>(req.Action);
        // The route admits every editorial role; each action still needs the roles of its own route.
        if (!QuestionActionRoles.For(action).Any(User.IsInRole))
            throw new ProblemException(Problems.Forbidden, $"Your role may not {req.Action} questions.");
        await Send.OkAsync(await handler.HandleAsync(
            new BulkChangeQuestionStatusCommand(User.UserId(), req.Ids, action, req.Reason?.Trim()), ct), ct);
    }
}
