// Every answer any test sees through ApiFactory's clients is checked against the contract; see ContractCheck.Strict.
[assembly: Medborgardialog.Api.Tests.Contract.ContractChecked]
