import { createInMemoryRepositories } from "../memory/in-memory-repositories.js";
import { itemRepositoryContract } from "./item-repository-contract.js";
import { sessionRepositoryContract } from "./session-repository-contract.js";
import { unitOfWorkContract } from "./unit-of-work-contract.js";
import { userRepositoryContract } from "./user-repository-contract.js";

const fresh = async () => createInMemoryRepositories();

userRepositoryContract("in memory", fresh);
itemRepositoryContract("in memory", fresh);
sessionRepositoryContract("in memory", fresh);
unitOfWorkContract("in memory", fresh);
