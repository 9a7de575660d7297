import { Body, Delete, Get, Path, Post, Put, Query, Request, Response, Route, Security, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { CreateItem } from "../../../core/items/create-item.js";
import { DeleteItem } from "../../../core/items/delete-item.js";
import { GetItem } from "../../../core/items/get-item.js";
import { ListItems } from "../../../core/items/list-items.js";
import { UpdateItem } from "../../../core/items/update-item.js";
import { BEARER, principalOf } from "../authentication.js";
import {
  type ItemCreate,
  type ItemPublic,
  type ItemSortBy,
  type ItemsPublic,
  type ItemUpdate,
  itemInput,
  itemListQuery,
  itemPatch,
  itemPublic,
  itemsPublic,
} from "../items/item-shapes.js";
import type { SortOrder } from "../list-queries.js";
import { type Message, message, type UUID } from "../shared-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1/items")
@Tags("items")
@Security(BEARER)
@Response<HTTPValidationError>(422, "Validation Error")
export class ItemsController {
  constructor(
    @inject(ListItems) private readonly listItems: ListItems,
    @inject(CreateItem) private readonly create: CreateItem,
    @inject(GetItem) private readonly getItem: GetItem,
    @inject(UpdateItem) private readonly update: UpdateItem,
    @inject(DeleteItem) private readonly remove: DeleteItem,
  ) {}

  /**
   * Retrieve items, newest first unless sorted: a superuser sees all items, anyone else their own.
   * @param q A case-insensitive substring of the title or the description (% and _ are plain characters).
   * @param sort The field to sort by (default created_at); ties are ordered by id.
   * @param order desc (default) or asc.
   * @param owner_id Only this owner's items (superusers only; anyone else gets 403).
   * @minLength q 1
   * @maxLength q 200
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("/")
  public async readItems(
    @Request() request: KoaRequest,
    @Query() skip = 0,
    @Query() limit = 100,
    @Query() q?: string,
    @Query() sort: ItemSortBy = "created_at",
    @Query() order: SortOrder = "desc",
    @Query() owner_id?: UUID,
  ): Promise<ItemsPublic> {
    const query = itemListQuery({ q, sort, order, owner_id });
    return itemsPublic(await this.listItems.execute(principalOf(request).actor, { skip, limit }, query));
  }

  /** Create a new item owned by the caller. */
  @Post("/")
  public async createItem(@Request() request: KoaRequest, @Body() body: ItemCreate): Promise<ItemPublic> {
    return itemPublic(await this.create.execute(principalOf(request).actor, itemInput(body)));
  }

  /** Get an item by id. */
  @Get("{id}")
  public async readItem(@Request() request: KoaRequest, @Path() id: UUID): Promise<ItemPublic> {
    return itemPublic(await this.getItem.execute(principalOf(request).actor, id));
  }

  /** Update an item; only the keys sent are changed. */
  @Put("{id}")
  public async updateItem(
    @Request() request: KoaRequest,
    @Path() id: UUID,
    @Body() body: ItemUpdate,
  ): Promise<ItemPublic> {
    return itemPublic(await this.update.execute(principalOf(request).actor, id, itemPatch(body)));
  }

  /** Delete an item. */
  @Delete("{id}")
  public async deleteItem(@Request() request: KoaRequest, @Path() id: UUID): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.remove.execute(actor, id, context);
    return message("Item deleted successfully");
  }
}
