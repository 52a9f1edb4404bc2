using System.IO.Compression;
using AdaptiveLearning.Api.Features.Hierarchy.GetHierarchyNode;
using AdaptiveLearning.Api.Features.Questions.GetQuestion;
using AdaptiveLearning.Api.Features.Questions.ListQuestions;
using AdaptiveLearning.Client.Models;

using UpdateQuestionRequest = AdaptiveLearning.Api.Features.Questions.UpdateQuestion.UpdateQuestionRequest;
using Wire = AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Content;

/// <summary>Content reads are kept as the bytes they are sent as; a committed write must retire every one of them.</summary>
public sealed class RenderedContentTests : TestBase
{
    private const string Facet = "rendered__bytes__kept__here";

    [Test]
    public async Task AfterAnEditTheQuestionBytesAndETagChangeAndTheOldETagNoLongerGets304()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Wording before the edit?");
        var learner = await Api.LearnerAsync();
        var before = await learner.GetAsync(Api.Route(GetQuestionRequest.For(id)));
        var beforeBody = await before.Content.ReadAsStringAsync();
        var etag = before.Headers.ETag!;
        var cachedAgain = await ConditionalGetAsync(learner, GetQuestionRequest.For(id), etag);

        await admin.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new Wire.UpdateQuestionRequest { Text = "Wording after the edit?" });
        var after = await ConditionalGetAsync(learner, GetQuestionRequest.For(id), etag);
        var afterBody = await after.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(cachedAgain.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(beforeBody, Does.Contain("Wording before the edit?"));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old ETag must not get a 304 once the edit has committed");
            Assert.That(after.Headers.ETag, Is.Not.EqualTo(etag));
            Assert.That(afterBody, Does.Contain("Wording after the edit?").And.Not.Contain("before the edit"));
        });
    }

    [Test]
    public async Task AListPageReadBeforeAnEditShowsTheEditWhenReadAgain()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Listed before the edit?");
        var learner = await Api.LearnerAsync();
        var page = Api.Route(ListQuestionsRequest.Route) + $"?node={Facet}&limit=20";
        var before = await learner.GetStringAsync(page);
        var again = await learner.GetStringAsync(page);

        await admin.PatchAsAsync<Question>(UpdateQuestionRequest.For(id), new Wire.UpdateQuestionRequest { Text = "Listed after the edit?" });
        var after = await learner.GetStringAsync(page);

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(before));
            Assert.That(before, Does.Contain("Listed before the edit?"));
            Assert.That(after, Does.Contain("Listed after the edit?").And.Not.Contain("before the edit"));
        });
    }

    [Test]
    public async Task LearnersAndStaffNeverShareARenderedQuestion()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        var id = await content.QuestionAsync(Facet, "Who sees the key?");
        var learner = await Api.LearnerAsync();

        var staffFirst = await admin.GetStringAsync(Api.Route(GetQuestionRequest.For(id)));
        var learnerAfter = await learner.GetStringAsync(Api.Route(GetQuestionRequest.For(id)));
        var staffListFirst = await admin.GetStringAsync(Api.Route(ListQuestionsRequest.Route) + $"?node={Facet}");
        var learnerListAfter = await learner.GetStringAsync(Api.Route(ListQuestionsRequest.Route) + $"?node={Facet}");

        Assert.Multiple(() =>
        {
            Assert.That(staffFirst, Does.Contain("correctKeys"));
            Assert.That(learnerAfter, Does.Not.Contain("correctKeys").And.Not.Contain("Because B is right"));
            Assert.That(staffListFirst, Does.Contain("correctKeys"));
            Assert.That(learnerListAfter, Does.Not.Contain("correctKeys").And.Not.Contain("Because B is right"));
        });
    }

    [Test]
    public async Task AMissingNodeIsNotFoundAgainAfterItIsCreated()
    {
        var admin = await Api.AdminAsync();
        var learner = await Api.LearnerAsync();
        var missing = await learner.GetAsync(Api.Route(GetHierarchyNodeRequest.For("rendered__later")));

        await new ContentApi(admin).FacetAsync("rendered__later");
        var found = await learner.GetAsync(Api.Route(GetHierarchyNodeRequest.For("rendered__later")));

        Assert.Multiple(() =>
        {
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task AClientThatAcceptsCompressionGetsTheSameContentCompressedAndItsETagStillRevalidates()
    {
        var admin = await Api.AdminAsync();
        var content = new ContentApi(admin);
        await content.FacetAsync(Facet);
        for (var i = 0; i < 8; i++)
            await content.QuestionAsync(Facet, $"A question long enough to make the page worth compressing, number {i}?");
        var wordy = await content.QuestionAsync(Facet, "A question whose wording runs on for a while. " + string.Concat(Enumerable.Repeat("It keeps going. ", 80)) + "Done?");
        var learner = await Api.LearnerAsync();
        var page = Api.Route(ListQuestionsRequest.Route) + $"?node={Facet}&limit=20";
        var question = Api.Route(GetQuestionRequest.For(wordy));

        var plain = await SendAsync(learner, page, null);
        var brotli = await SendAsync(learner, page, "gzip, deflate, br");
        var gzip = await SendAsync(learner, page, "br;q=0, gzip;q=0.8");
        var plainBody = await plain.Content.ReadAsByteArrayAsync();
        var brotliBody = await brotli.Content.ReadAsByteArrayAsync();
        var gzipBody = await gzip.Content.ReadAsByteArrayAsync();

        var wordyAsGzip = await SendAsync(learner, question, "gzip");
        var revalidated = await SendAsync(learner, question, "gzip", wordyAsGzip.Headers.ETag);
        var wordyPlain = await SendAsync(learner, question, null);

        Assert.Multiple(() =>
        {
            Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty, "no Accept-Encoding, no coding");
            Assert.That(brotli.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
            Assert.That(gzip.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }), "br;q=0 refuses brotli");
            Assert.That(brotliBody.Length, Is.LessThan(plainBody.Length / 2));
            Assert.That(Decompress(brotliBody, s => new BrotliStream(s, CompressionMode.Decompress)), Is.EqualTo(plainBody));
            Assert.That(Decompress(gzipBody, s => new GZipStream(s, CompressionMode.Decompress)), Is.EqualTo(plainBody));
            Assert.That(plain.Headers.Vary, Does.Contain("Accept-Encoding"));
            Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), "the ETag names the content, whatever the coding");
            Assert.That(wordyAsGzip.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
            Assert.That(wordyAsGzip.Headers.ETag, Is.EqualTo(wordyPlain.Headers.ETag));
        });
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string route, string? acceptEncoding,
        System.Net.Http.Headers.EntityTagHeaderValue? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, route);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null)
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return client.SendAsync(request);
    }

    private static byte[] Decompress(byte[] body, Func<Stream, Stream> decoder)
    {
        using var output = new MemoryStream();
        using (var stream = decoder(new MemoryStream(body)))
            stream.CopyTo(output);
        return output.ToArray();
    }

    private static Task<HttpResponseMessage> ConditionalGetAsync(HttpClient client, string route, System.Net.Http.Headers.EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Api.Route(route));
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }
}
