namespace Medborgardialog.Api.Tests.Contract;

/// <summary>Sits between every test client and the app (innermost, so it sees each exchange on the wire): checks the
/// answer against the contract and records what is wrong in the <see cref="ContractLedger"/>; the body stays
/// readable for the test.</summary>
public sealed class ContractCheckingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method == HttpMethod.Head || request.Method == HttpMethod.Options || request.RequestUri is null)
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        foreach (var violation in ContractCheck.Check(request.Method.Method, request.RequestUri, (int)response.StatusCode,
                     response.Content.Headers.ContentType?.ToString(), body))
        {
            ContractLedger.Record(violation);
        }

        return response;
    }
}

/// <summary>After every test: what the contract check saw fails it (strict), or is only written out (report only).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ContractCheckedAttribute : Attribute, ITestAction
{
    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(NUnit.Framework.Interfaces.ITest test) => ContractLedger.Take();

    public void AfterTest(NUnit.Framework.Interfaces.ITest test)
    {
        var seen = ContractLedger.Take();
        if (seen.Count == 0)
        {
            return;
        }

        var text = $"The contract check saw {seen.Count} answer(s) the contract does not declare:\n" + string.Join("\n", seen.Select(v => "  " + v));
        var failing = seen.Where(ContractCheck.Fails).ToList();
        if (failing.Count == 0)
        {
            TestContext.Progress.WriteLine("[contract, report only] " + text);
            return;
        }

        Assert.Fail(text);
    }
}
