using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.GetQuestion;
using AdaptiveLearning.Application.Questions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.GetQuestion;

internal sealed class GetQuestionEndpoint(IHandler<GetQuestionQuery, QuestionDto> handler, RenderedResponseCache rendered)
    : Endpoint<GetQuestionRequest, QuestionDto>
{
    public override void Configure()
    {
        Get(GetQuestionRequest.Route);
        Options(x => x.WithTags("Questions"));
        Summary(s =>
        {
            s.Summary = "A question's current version (ETag aware)";
            s.Description = "Learners get published questions only and never the answer key, explanations or model answer.";
        });
        Description(x => x.Produces<QuestionDto>().Produces(304).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GetQuestionRequest req, CancellationToken ct)
    {
        var viewer = User.Viewer();
        var response = await rendered.GetOrRenderAsync(RenderedKey.Question(req.Id, viewer),
            token => handler.HandleAsync(new GetQuestionQuery(req.Id, viewer), token), ct);
        await Send.ResultAsync(RenderedResult.Conditional(response));
    }
}
